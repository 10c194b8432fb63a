#!/usr/bin/env python3
"""Derive kronor-exact demo economy facts that reproduce Delårsrapport 2 2021.

The report (reference CSVs, amounts in tkr) was computed from kronor amounts and every printed
figure was rounded to whole tkr on its own, so printed rows are off by 1 tkr here and there.
Lägesbild stores exact facts per activity x cost type x measure and rounds only for display
(half away from zero), deriving deviations, forecast changes and subtotals from the exact
facts. This script finds exact facts (whole kronor) whose rounded, derived figures equal the
printed ones, and writes them as the demo data set.

Method (everything in whole kronor, integer arithmetic only):

1. Cells.  Every printed figure becomes a cell: a linear expression over unknown amounts and
   the window [printed*1000 - 498, printed*1000 + 498] kr.  The 498 (not 499) keeps every
   compared value at least 2 kr (0.002 tkr) away from a .5 rounding boundary.
   economy_by_activity cells are hard; income_statement and other_costs_spec cells are soft.

2. Contradictions.  Cells whose expressions are identical but whose printed values differ
   cannot all match (e.g. Resultat IFO budget -163 570 in the resultaträkning vs Nettokostnad
   IFO -163 571).  The soft side of each such pair is dropped and reported as a known
   difference.  Every dropped cell is forced, so their number is a lower bound; the solver then
   satisfies all remaining cells, which proves the set is minimal.

3. Area level (small constraint solver).  Unknowns: area x cost type totals per measure, one
   variable per node of the cost-type tree (income, other costs, total costs, result), the
   activity nets and the ASN total, tied by equalities ("result = sum of cost types = sum of
   activities").  IFO's budget is linear, so IFO's annual budget is written as 3k kr and its
   period budget as 2k kr: exactly 8/12, to the kronor, in every cell.  The cells are solved by
   interval (bounds) propagation and a depth-first search that tries the middle of each remaining
   domain first, which also keeps the values well inside their windows.

4. Activity x cost type level.  A hand-set plausible profile (approximate annual budget in tkr
   per activity and cost type) is balanced to the solved row sums (activity nets) and column sums
   (area cost-type totals) with a weighted additive fit M = T + |T| (u_row + v_col), rounded to
   kronor, and the rounding residuals are moved with +-1 kr transport steps.  Zero profile cells
   stay zero and signs are kept.  Chain: budget year -> period budget (IFO: exactly 2/3, CAI:
   balanced) -> forecast Aug (from budget) -> forecast Jul (from forecast Aug) -> actual (from
   8/12 of forecast).  Covid compensation is put only in a few activities.

5. Polish.  Any stored amount, per-cell deviation/change or per-activity group sum that lies
   within 2 kr of a .5 tkr boundary is moved out by a 4-cell cycle (+d, -d, -d, +d), which
   keeps every row and column sum.

6. Verify.  The written CSV is read back alone and every printed cell is recomputed with
   Decimal ROUND_HALF_UP on the absolute value (= half away from zero); all plausibility rules
   are checked too.  The script exits non-zero if any hard cell or rule fails.

Usage (from the repo root):
    python3 tools/demo-economy/solve.py [REFERENCE_DIR]
REFERENCE_DIR defaults to ../shared/reference/dr2-2021 relative to the repo root.
"""
from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_REFERENCE = REPO_ROOT.parent / "shared" / "reference" / "dr2-2021"
OUT_FACTS = REPO_ROOT / "src" / "test" / "resources" / "demo" / "economy-2021-08.csv"
OUT_DIFFS = REPO_ROOT / "src" / "test" / "resources" / "demo" / "economy-2021-08-known-differences.csv"

MARGIN = 2          # kr kept away from a .5 tkr boundary
HALF = 500 - MARGIN  # half-width of a cell's window in kr

# ---------------------------------------------------------------------------------------------
# Model
# ---------------------------------------------------------------------------------------------

ACTIVITIES = [  # code, area, name as printed
    ("GEM_IFO", "IFO", "Gemensamt IFO"),
    ("MISSBRUK", "IFO", "Vård för vuxna med missbruksproblem"),
    ("BARN_UNGDOM", "IFO", "Barn- och ungdomsvård"),
    ("OVR_VUXNA", "IFO", "Övriga insatser till vuxna"),
    ("EKB", "IFO", "Ekonomiskt bistånd"),
    ("FAMILJERATT", "IFO", "Familjerätt och familjerådgivning"),
    ("SOCPSYK", "IFO", "Socialpsykiatri"),
    ("ENSAMKOMMANDE", "IFO", "Ensamkommande barn & ungdom"),
    ("ARBETSMARKNAD", "CAI", "Arbetsmarknad"),
    ("INTEGRATION", "CAI", "Integration"),
]
AREAS = ["IFO", "CAI"]
ACTS = {ar: [c for c, a, _ in ACTIVITIES if a == ar] for ar in AREAS}
ACT_BY_NAME = {name: code for code, _, name in ACTIVITIES}

LEAVES = ["INCOME_COVID", "INCOME_OTHER", "PERSONNEL", "PURCHASED", "GRANTS", "INTERNAL",
          "CONSULTANTS", "RENTS", "OTHER_MISC"]
INCOME = ["INCOME_COVID", "INCOME_OTHER"]
OTHER5 = ["GRANTS", "INTERNAL", "CONSULTANTS", "RENTS", "OTHER_MISC"]
COSTS = ["PERSONNEL", "PURCHASED"] + OTHER5
GROUPS = {  # line_item_normalized / cost_type_normalized -> leaves
    "income": INCOME,
    "of_which_state_covid_compensation": ["INCOME_COVID"],
    "personnel_costs": ["PERSONNEL"],
    "purchased_services": ["PURCHASED"],
    "other_costs": OTHER5,
    "total_costs": COSTS,
    "result": LEAVES,
    "grants": ["GRANTS"],
    "internal_costs": ["INTERNAL"],
    "consultants_incl_hired_staff": ["CONSULTANTS"],
    "rents": ["RENTS"],
    "other": ["OTHER_MISC"],
    "sum_other_costs": OTHER5,
}

# Measures: A actual Jan-Aug, B period budget, Y annual budget, F forecast Aug, P forecast Jul.
MEASURES = ["A", "B", "Y", "F", "P"]
CSV_MEASURE = {"A": "actual_jan_aug", "B": "budget_jan_aug", "Y": "budget_year",
               "F": "forecast_aug", "P": "forecast_jul"}
COLUMNS = {  # printed column -> (plus measure, minus measure or None)
    "actual_period": ("A", None),
    "budget_period": ("B", None),
    "deviation_period": ("A", "B"),
    "forecast_full_year": ("F", None),
    "budget_full_year": ("Y", None),
    "deviation_full_year": ("F", "Y"),
    "previous_forecast": ("P", None),
    "forecast_change": ("F", "P"),
}
FULL_YEAR_COLUMNS = [c for c in COLUMNS if COLUMNS[c][0] in "FYP"]

# Plausible annual budget (tkr) per activity, leaves INCOME_OTHER .. OTHER_MISC.  Only the
# proportions matter; the balancing step makes rows and columns add up exactly.
PROFILE = {
    "GEM_IFO":       [4000, -42000, -3000, -1500, -26000, -40, -9000, -8000],
    "MISSBRUK":      [2000, -6000, -19500, -200, -800, -10, -800, -400],
    "BARN_UNGDOM":   [8000, -14000, -56000, -500, -1500, -40, -800, -1400],
    "OVR_VUXNA":     [1500, -500, -2500, -300, -200, 0, -300, -238],
    "EKB":           [1500, -2000, 0, -24500, -500, 0, -200, -335],
    "FAMILJERATT":   [100, -600, -50, -50, -20, 0, 0, -23],
    "SOCPSYK":       [6000, -32000, -9000, -300, -1500, -20, -1500, -755],
    "ENSAMKOMMANDE": [38400, -6300, -20500, -100, -5800, 0, -2760, -2460],
    "ARBETSMARKNAD": [21576, -22000, -300, -1000, -120, -40, -8575, -2900],
    "INTEGRATION":   [22526, -8097, -100, -3500, -51, -8, -14000, -856],
}
COVID_SHARE = {"GEM_IFO": 55, "SOCPSYK": 45, "ARBETSMARKNAD": 100}  # per cent within area


def linear_budget(area: str) -> bool:
    """IFO's period budget is exactly 8/12 of its annual budget."""
    return area == "IFO"


# ---------------------------------------------------------------------------------------------
# Rounding and formatting
# ---------------------------------------------------------------------------------------------

def round_tkr(kr: int) -> int:
    """Round kronor to whole tkr, half away from zero (as the app does)."""
    d = (Decimal(abs(kr)) / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(d) if kr >= 0 else -int(d)


def near_half(kr: int) -> bool:
    """True if kr lies closer than MARGIN to a .5 tkr rounding boundary."""
    return abs(abs(kr) % 1000 - 500) < MARGIN


def fmt_tkr(kr: int) -> str:
    sign = "-" if kr < 0 else ""
    return f"{sign}{abs(kr) // 1000}.{abs(kr) % 1000:03d}"


def parse_tkr(text: str) -> int:
    d = Decimal(text)
    if d.as_tuple().exponent != -3:
        raise ValueError(f"amount {text!r} does not have exactly 3 decimals")
    return int(d * 1000)


# ---------------------------------------------------------------------------------------------
# Reference data -> cells
# ---------------------------------------------------------------------------------------------

@dataclass
class Cell:
    table: str
    area: str
    line: str       # activity code or line_item/cost_type normalized
    column: str
    printed: int
    hard: bool


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def reference_cells(ref: Path) -> list[Cell]:
    cells = []
    for r in read_csv(ref / "economy_by_activity.csv"):
        line = ACT_BY_NAME[r["activity"]] if r["row_kind"] == "detail" else "result"
        for col in COLUMNS:
            cells.append(Cell("economy_by_activity", r["area_code"], line, col, int(r[col]), True))
    for r in read_csv(ref / "income_statement.csv"):
        for col in COLUMNS:
            if r[col] != "":
                cells.append(Cell("income_statement", r["area_code"], r["line_item_normalized"],
                                  col, int(r[col]), False))
    for r in read_csv(ref / "other_costs_spec.csv"):
        for col in FULL_YEAR_COLUMNS:
            cells.append(Cell("other_costs_spec", r["area_code"], r["cost_type_normalized"],
                              col, int(r[col]), False))
    return cells


def cell_leaves(cell: Cell) -> tuple[list[str], list[str]]:
    """(activities, leaves) that a cell sums over."""
    if cell.line in PROFILE:
        return [cell.line], LEAVES
    areas = AREAS if cell.area == "ASN" else [cell.area]
    return [a for ar in areas for a in ACTS[ar]], GROUPS[cell.line]


# ---------------------------------------------------------------------------------------------
# Stage 1+2: area totals and activity nets by interval propagation and search
# ---------------------------------------------------------------------------------------------

class IntervalSolver:
    """Integer unknowns x with constraints lo <= sum(c*x) <= hi; bounds propagation + DFS."""

    BIG = 10 ** 13

    def __init__(self):
        self.names: list = []
        self.index: dict = {}
        self.cons: list = []          # (terms, lo, hi)
        self.var_cons: list = []      # var -> constraint ids

    def var(self, name) -> int:
        if name not in self.index:
            self.index[name] = len(self.names)
            self.names.append(name)
            self.var_cons.append([])
        return self.index[name]

    def add(self, terms: dict, lo: int, hi: int):
        terms = {v: c for v, c in terms.items() if c}
        cid = len(self.cons)
        self.cons.append((sorted(terms.items()), lo, hi))
        for v in terms:
            self.var_cons[v].append(cid)

    def _propagate(self, lo, hi, queue) -> bool:
        pending = set(queue)
        queue = list(queue)
        while queue:
            cid = queue.pop()
            pending.discard(cid)
            terms, clo, chi = self.cons[cid]
            smin = sum(c * (lo[v] if c > 0 else hi[v]) for v, c in terms)
            smax = sum(c * (hi[v] if c > 0 else lo[v]) for v, c in terms)
            if smin > chi or smax < clo:
                return False
            for v, c in terms:
                tmin = c * (lo[v] if c > 0 else hi[v])
                tmax = c * (hi[v] if c > 0 else lo[v])
                a, b = clo - (smax - tmax), chi - (smin - tmin)   # a <= c*x <= b
                if c < 0:
                    a, b = b, a
                nlo, nhi = -((-a) // c), b // c                    # ceil(a/c), floor(b/c)
                if nlo > lo[v] or nhi < hi[v]:
                    lo[v], hi[v] = max(lo[v], nlo), min(hi[v], nhi)
                    if lo[v] > hi[v]:
                        return False
                    for other in self.var_cons[v]:
                        if other not in pending:
                            pending.add(other)
                            queue.append(other)
        return True

    def solve(self) -> dict:
        n = len(self.names)
        lo, hi = [-self.BIG] * n, [self.BIG] * n
        if not self._propagate(lo, hi, range(len(self.cons))):
            raise SystemExit("area-level constraints are contradictory")
        result = self._search(lo, hi)
        if result is None:
            raise SystemExit("no area-level solution found")
        return {self.names[v]: result[v] for v in range(n)}

    def _search(self, lo, hi):
        open_vars = [v for v in range(len(lo)) if lo[v] < hi[v]]
        if not open_vars:
            return lo
        v = min(open_vars, key=lambda i: (hi[i] - lo[i], i))
        mid = (lo[v] + hi[v]) // 2
        for a, b in ((mid, mid), (lo[v], mid - 1), (mid + 1, hi[v])):
            if a > b:
                continue
            nlo, nhi = lo[:], hi[:]
            nlo[v], nhi[v] = a, b
            if self._propagate(nlo, nhi, self.var_cons[v]):
                found = self._search(nlo, nhi)
                if found is not None:
                    return found
        return None


def collapsed(area: str, m: str) -> bool:
    """Measures whose other-cost leaves are only ever compared as a sum (period columns)."""
    return m == "A" or (m == "B" and not linear_budget(area))


NODES = {  # composite nodes of the cost-type tree -> children
    "INCOME": INCOME,
    "OTHER5": OTHER5,
    "COSTS": ["PERSONNEL", "PURCHASED", "OTHER5"],
    "RESULT": ["INCOME", "COSTS"],
}
NODE_OF = {frozenset(INCOME): "INCOME", frozenset(OTHER5): "OTHER5", frozenset(COSTS): "COSTS",
           frozenset(LEAVES): "RESULT", **{frozenset([l]): l for l in LEAVES}}


class AreaModel:
    """Area x cost-type totals and activity nets as expressions over solver variables.

    Every node of the cost-type tree (income, other costs, total costs, result), every activity
    net and the ASN total has its own variable tied to its children by an equality, so that the
    constraints form (nearly) a tree and bounds propagation is strong.  IFO budgets are kept in
    k units: annual budget = 3k, period budget = 2k.
    """

    def __init__(self):
        self.s = IntervalSolver()
        self.made: set = set()
        for ar in AREAS:
            for m in MEASURES:
                self.s.add(self.add(self.node(ar, m, "RESULT"),
                                    *[self.neg(self.net(a, m)) for a in ACTS[ar]]), 0, 0)
        for m in MEASURES:
            total = self.s.var(("ASN", m))
            self.s.add(self.add({total: 1}, *[self.neg(self.node(ar, m, "RESULT")) for ar in AREAS]),
                       0, 0)

    @staticmethod
    def add(*exprs) -> dict:
        out: dict = {}
        for e in exprs:
            for v, c in e.items():
                out[v] = out.get(v, 0) + c
        return {v: c for v, c in out.items() if c}

    @staticmethod
    def neg(expr: dict) -> dict:
        return {v: -c for v, c in expr.items()}

    def composite(self, name: tuple, children: list[dict]) -> dict:
        """A variable equal to the sum of children (constraint added once)."""
        v = self.s.var(name)
        if name not in self.made:
            self.made.add(name)
            self.s.add(self.add({v: 1}, *[self.neg(c) for c in children]), 0, 0)
        return {v: 1}

    def k_node(self, ar: str, name: str) -> dict:
        """IFO budget node in k units."""
        if name == "INCOME_COVID":
            return {}                                       # covid is never budgeted
        if name not in NODES:
            return {self.s.var(("K", ar, name)): 1}
        return self.composite(("KN", ar, name), [self.k_node(ar, c) for c in NODES[name]])

    def node(self, ar: str, m: str, name: str) -> dict:
        if linear_budget(ar) and m in "BY":
            return {v: c * (3 if m == "Y" else 2) for v, c in self.k_node(ar, name).items()}
        if name == "INCOME_COVID":
            if m in "BY":
                return {}                                   # covid is never budgeted
            m = "F" if m == "P" else m                      # Jul forecast = Aug forecast
        if name not in NODES or (name == "OTHER5" and collapsed(ar, m)):
            if collapsed(ar, m) and name in OTHER5:
                raise ValueError("single other-cost leaf compared in a period column")
            return {self.s.var(("X", ar, m, name)): 1}
        return self.composite(("XN", ar, m, name), [self.node(ar, m, c) for c in NODES[name]])

    def net(self, act: str, m: str) -> dict:
        ar = next(a for c, a, _ in ACTIVITIES if c == act)
        if linear_budget(ar) and m in "BY":
            return {self.s.var(("NK", act)): 3 if m == "Y" else 2}
        return {self.s.var(("N", act, m)): 1}

    def leaf_sum(self, ar: str, m: str, leaves: list[str]) -> dict:
        return self.node(ar, m, NODE_OF[frozenset(leaves)])

    def cell_expr(self, cell: Cell) -> dict:
        plus, minus = COLUMNS[cell.column]

        def measure(m):
            if cell.line in PROFILE:
                return self.net(cell.line, m)
            if cell.area == "ASN":
                return {self.s.var(("ASN", m)): 1}
            return self.leaf_sum(cell.area, m, GROUPS[cell.line])

        expr = measure(plus)
        return self.add(expr, self.neg(measure(minus))) if minus else expr


def find_contradictions(model: AreaModel, cells: list[Cell]) -> list[tuple[Cell, Cell]]:
    """Soft cells whose expression equals another cell's but whose printed value differs."""
    by_expr: dict = {}
    for cell in cells:
        by_expr.setdefault(tuple(sorted(model.cell_expr(cell).items())), []).append(cell)
    dropped = []
    for group in by_expr.values():
        hard = [c for c in group if c.hard]
        if len({c.printed for c in hard}) > 1:
            raise SystemExit(f"economy_by_activity contradicts itself: {hard}")
        if hard:
            dropped += [(c, hard[0]) for c in group if not c.hard and c.printed != hard[0].printed]
        elif len({c.printed for c in group}) > 1:
            raise SystemExit(f"soft cells contradict each other: {group}")
    return dropped


def solve_area_level(cells: list[Cell], dropped: set[int]):
    model = AreaModel()
    for i, cell in enumerate(cells):
        if i not in dropped:
            model.s.add(model.cell_expr(cell), cell.printed * 1000 - HALF, cell.printed * 1000 + HALF)
    values = model.s.solve()

    def evaluate(expr):
        return sum(c * values[model.s.names[v]] for v, c in expr.items())

    nets = {m: {a: evaluate(model.net(a, m)) for a in PROFILE} for m in MEASURES}
    totals = {m: {ar: {} for ar in AREAS} for m in MEASURES}
    for m in MEASURES:
        for ar in AREAS:
            for l in LEAVES:
                if not (collapsed(ar, m) and l in OTHER5):
                    totals[m][ar][l] = evaluate(model.node(ar, m, l))
            if collapsed(ar, m):
                totals[m][ar]["OTHER5"] = evaluate(model.node(ar, m, "OTHER5"))
    return nets, totals


# ---------------------------------------------------------------------------------------------
# Stage 3: activity x leaf matrices
# ---------------------------------------------------------------------------------------------

def apportion(total: int, weights: list[float]) -> list[int]:
    """Integers proportional to weights summing to total (largest remainder, deterministic)."""
    wsum = sum(weights)
    raw = [total * w / wsum for w in weights]
    out = [int(r // 1) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - out[i]), i))
    for i in order[: total - sum(out)]:
        out[i] += 1
    return out


def balance(template: list[list[float]], rows: list[int], cols: list[int]) -> list[list[int]]:
    """Integer matrix near template with exact row and column sums, zeros kept, signs kept."""
    nr, nc = len(rows), len(cols)
    w = [[abs(x) for x in r] for r in template]
    m = [r[:] for r in template]
    for _ in range(100000):
        for i in range(nr):
            e = rows[i] - sum(m[i])
            s = sum(w[i])
            m[i] = [m[i][j] + w[i][j] * e / s for j in range(nc)]
        for j in range(nc):
            e = cols[j] - sum(m[i][j] for i in range(nr))
            s = sum(w[i][j] for i in range(nr))
            for i in range(nr):
                m[i][j] += w[i][j] * e / s
        if max(abs(rows[i] - sum(m[i])) for i in range(nr)) < 1e-6:
            break
    out = [[round(x) for x in r] for r in m]
    fix_residuals(out, w, rows, cols)
    for i in range(nr):
        for j in range(nc):
            if out[i][j] * template[i][j] < 0 or (template[i][j] == 0 and out[i][j] != 0):
                raise SystemExit(f"balancing changed a sign at row {i}, column {j}")
    return out


def fix_residuals(m, w, rows, cols):
    """Move whole units so that row and column sums are exact (transportation-style steps)."""
    nr, nc = len(rows), len(cols)

    def residuals():
        return ([rows[i] - sum(m[i]) for i in range(nr)],
                [cols[j] - sum(m[i][j] for i in range(nr)) for j in range(nc)])

    r, c = residuals()
    while any(r) or any(c):
        pairs = [(abs(m[i][j]), i, j) for i in range(nr) for j in range(nc)
                 if r[i] * c[j] > 0 and w[i][j] > 0]
        if pairs:
            _, i, j = max(pairs)
            m[i][j] += (1 if r[i] > 0 else -1) * min(abs(r[i]), abs(c[j]))
        elif any(r):   # columns balanced: move between two rows inside one column
            i, k = r.index(max(r)), r.index(min(r))
            j = max((j for j in range(nc) if w[i][j] > 0 and w[k][j] > 0),
                    key=lambda j: min(abs(m[i][j]), abs(m[k][j])))
            m[i][j] += 1
            m[k][j] -= 1
        else:          # rows balanced: move between two columns inside one row
            j, k = c.index(max(c)), c.index(min(c))
            i = max((i for i in range(nr) if w[i][j] > 0 and w[i][k] > 0),
                    key=lambda i: min(abs(m[i][j]), abs(m[i][k])))
            m[i][j] += 1
            m[i][k] -= 1
        r, c = residuals()


def other_split(total: int, reference: dict) -> dict:
    """Split a collapsed other-cost total over the five leaves like the reference totals."""
    parts = apportion(-total, [-reference[l] for l in OTHER5])
    return {l: -p for l, p in zip(OTHER5, parts)}


def covid_cells(area: str, total: int) -> dict:
    acts = [a for a in ACTS[area] if a in COVID_SHARE]
    return dict(zip(acts, apportion(total, [COVID_SHARE[a] for a in acts])))


def fill_area(area, nets, totals) -> dict:
    """facts[m][act][leaf] for one area."""
    acts = ACTS[area]
    body = LEAVES[1:]                     # every leaf but INCOME_COVID
    facts = {m: {a: {} for a in acts} for m in MEASURES}

    def fill(m, template, unit=1, covid=None):
        covid = covid or {}
        rows = [(nets[m][a] - covid.get(a, 0)) // unit for a in acts]
        cols = [totals[m][area][l] // unit for l in body]
        assert sum(rows) == sum(cols) and all(x * unit == nets[m][a] - covid.get(a, 0)
                                              for x, a in zip(rows, acts))
        matrix = balance(template, rows, cols)
        for a, row in zip(acts, matrix):
            facts[m][a] = {"INCOME_COVID": covid.get(a, 0), **dict(zip(body, row))}

    def as_template(m, scale=1.0):
        return [[facts[m][a][l] * scale for l in body] for a in acts]

    profile = [[x * 1000 for x in PROFILE[a]] for a in acts]
    if linear_budget(area):               # Y = 3k, B = 2k in every cell
        fill("Y", [[x / 3 for x in r] for r in profile], unit=3)
        for a in acts:
            facts["B"][a] = {l: v * 2 for l, v in facts["Y"][a].items()}
            facts["Y"][a] = {l: v * 3 for l, v in facts["Y"][a].items()}
    else:
        fill("Y", profile)
        totals["B"][area].update(other_split(totals["B"][area].pop("OTHER5"), totals["Y"][area]))
        fill("B", as_template("Y", 8 / 12))
    covid_f = covid_cells(area, totals["F"][area]["INCOME_COVID"])
    fill("F", as_template("Y"), covid=covid_f)
    fill("P", as_template("F"), covid=covid_f)
    totals["A"][area].update(other_split(totals["A"][area].pop("OTHER5"), totals["F"][area]))
    fill("A", as_template("F", 8 / 12), covid=covid_cells(area, totals["A"][area]["INCOME_COVID"]))
    return facts


# ---------------------------------------------------------------------------------------------
# Stage 4: keep every shown amount away from a .5 boundary
# ---------------------------------------------------------------------------------------------

def shown_quantities(facts):
    """(measure to move, activity, leaves, value) for every amount a drill-down can show."""
    groups = [[l] for l in LEAVES] + [INCOME, OTHER5, COSTS]
    for a in PROFILE:
        for leaves in groups:
            for m in MEASURES:
                yield m, a, leaves, sum(facts[m][a][l] for l in leaves)
            for plus, minus, mover in (("A", "B", "A"), ("F", "Y", "F"), ("F", "P", "P")):
                yield mover, a, leaves, sum(facts[plus][a][l] - facts[minus][a][l] for l in leaves)


def cycle_shift(facts, m, act, leaves, step):
    """Move step kr in a 4-cell cycle through (act, leaves[0]) and a leaf outside leaves.

    +step on (act, leaf), -step on (act, leaf2), -step on (other, leaf), +step on (other, leaf2):
    every row and column sum is kept, the group sum over leaves of act changes by step.
    For IFO budgets the step is taken in k (annual budget 3k, period budget 2k).
    """
    area = next(ar for ar in AREAS if act in ACTS[ar])
    linear = linear_budget(area) and m in "BY"
    grid = facts["Y" if linear else m]
    leaf = next((l for l in leaves if l != "INCOME_COVID" and grid[act][l] != 0), None)
    if leaf is None:
        return False
    candidates = [(abs(grid[b][l2]) + abs(grid[act][l2]), b, l2)
                  for b in ACTS[area] if b != act and grid[b][leaf] != 0
                  for l2 in LEAVES[1:] if l2 not in leaves and grid[act][l2] and grid[b][l2]]
    if not candidates:
        return False
    _, other, leaf2 = max(candidates)
    corners = [(act, leaf, 1), (act, leaf2, -1), (other, leaf, -1), (other, leaf2, 1)]
    for a, l, sign in corners:
        if linear:
            facts["Y"][a][l] += 3 * sign * step
            facts["B"][a][l] += 2 * sign * step
        else:
            facts[m][a][l] += sign * step
    return True


def polish(facts) -> int:
    """Move shown amounts off .5 boundaries; returns the number of cycle moves made."""
    steps = [7, -11, 13, -17, 19]
    for attempt in range(200):
        bad = [(m, a, leaves) for m, a, leaves, v in shown_quantities(facts) if near_half(v)]
        if not bad:
            return attempt
        m, a, leaves = bad[0]
        if not cycle_shift(facts, m, a, leaves, steps[attempt % len(steps)]):
            raise SystemExit(f"cannot move {m} {a} {leaves} away from a .5 boundary")
    raise SystemExit("polish did not converge")


# ---------------------------------------------------------------------------------------------
# Output and verification (from the written CSV alone)
# ---------------------------------------------------------------------------------------------

def write_facts(path: Path, facts):
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["activity", "cost_type"] + [CSV_MEASURE[m] for m in MEASURES])
        for act, _, _ in ACTIVITIES:
            for leaf in LEAVES:
                out.writerow([act, leaf] + [fmt_tkr(facts[m][act][leaf]) for m in MEASURES])


def read_facts(path: Path):
    facts = {m: {} for m in MEASURES}
    order = []
    for r in read_csv(path):
        order.append((r["activity"], r["cost_type"]))
        for m in MEASURES:
            facts[m].setdefault(r["activity"], {})[r["cost_type"]] = parse_tkr(r[CSV_MEASURE[m]])
    expected = [(a, l) for a, _, _ in ACTIVITIES for l in LEAVES]
    if order != expected:
        raise SystemExit("facts file rows are not activity x cost type in model order")
    return facts


def computed_kr(facts, cell: Cell) -> int:
    acts, leaves = cell_leaves(cell)
    plus, minus = COLUMNS[cell.column]
    total = sum(facts[plus][a][l] for a in acts for l in leaves)
    if minus:
        total -= sum(facts[minus][a][l] for a in acts for l in leaves)
    return total


def verify(path: Path, cells: list[Cell]):
    """Recompute every printed cell from the CSV; check plausibility rules. Returns unmatched."""
    facts = read_facts(path)
    problems, unmatched = [], []
    print(f"{'table':22} {'area':4} {'line':36} {'column':20} {'printed':>9} {'computed':>9} "
          f"{'exact kr':>12}  ok")
    for cell in cells:
        kr = computed_kr(facts, cell)
        shown = round_tkr(kr)
        ok = shown == cell.printed
        print(f"{cell.table:22} {cell.area:4} {cell.line:36} {cell.column:20} {cell.printed:9d} "
              f"{shown:9d} {kr:12d}  {'yes' if ok else 'NO'}")
        if near_half(kr):
            problems.append(f"compared value within {MARGIN} kr of .5: {cell}")
        if not ok and cell.hard:
            problems.append(f"hard cell does not match: {cell} -> {shown}")
        elif not ok:
            unmatched.append((cell, shown))
    for m in MEASURES:
        for a in PROFILE:
            for l in LEAVES:
                v = facts[m][a][l]
                if (v < 0) if l in INCOME else (v > 0):
                    problems.append(f"sign: {m} {a} {l} {v}")
    for _, a, leaves, v in shown_quantities(facts):
        if near_half(v):
            problems.append(f"drill-down value within {MARGIN} kr of .5: {a} {leaves} {v}")
    for a, area, _ in ACTIVITIES:
        if linear_budget(area) and any(3 * facts["B"][a][l] != 2 * facts["Y"][a][l] for l in LEAVES):
            problems.append(f"period budget is not exactly 8/12 of annual budget: {a}")
        covid = {m: facts[m][a]["INCOME_COVID"] for m in MEASURES}
        if covid["B"] or covid["Y"] or covid["F"] != covid["P"] or \
                (a not in COVID_SHARE and any(covid.values())):
            problems.append(f"covid compensation rule broken: {a}")
    if any(sum(facts[m]["ENSAMKOMMANDE"].values()) <= 0 for m in MEASURES):
        problems.append("Ensamkommande should have a positive net in every measure")
    return unmatched, problems


def write_differences(path: Path, unmatched):
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["table", "area", "line_item", "column", "printed", "computed"])
        for cell, shown in unmatched:
            out.writerow([cell.table, cell.area, cell.line, cell.column, cell.printed, shown])


# ---------------------------------------------------------------------------------------------

def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reference", nargs="?", default=str(DEFAULT_REFERENCE),
                        help="folder with economy_by_activity.csv, income_statement.csv, "
                             "other_costs_spec.csv")
    args = parser.parse_args(argv)
    ref = Path(args.reference)

    cells = reference_cells(ref)
    contradictions = find_contradictions(AreaModel(), cells)
    dropped_ids = {id(c) for c, _ in contradictions}
    dropped = {i for i, c in enumerate(cells) if id(c) in dropped_ids}
    print("Forced differences (identical figure printed twice with different values):")
    for soft, hard in contradictions:
        print(f"  {soft.table} {soft.area} {soft.line} {soft.column}: printed {soft.printed}, "
              f"but {hard.table} {hard.area} {hard.line} prints {hard.printed}")

    nets, totals = solve_area_level(cells, dropped)
    facts = {m: {} for m in MEASURES}
    for area in AREAS:
        for m, per_act in fill_area(area, nets, totals).items():
            facts[m].update(per_act)
    print(f"4-cell moves off .5 boundaries: {polish(facts)}")
    write_facts(OUT_FACTS, facts)

    unmatched, problems = verify(OUT_FACTS, cells)
    write_differences(OUT_DIFFS, unmatched)
    hard = [c for c in cells if c.hard]
    hard_misses = sum(1 for p in problems if p.startswith("hard cell"))
    print(f"\neconomy_by_activity: {len(hard)} cells checked, {len(hard) - hard_misses} match")
    print(f"income_statement + other_costs_spec: {len(cells) - len(hard)} cells, "
          f"{len(unmatched)} unmatched (lower bound from contradictions: {len(contradictions)})")
    for cell, shown in unmatched:
        print(f"  {cell.table} {cell.area} {cell.line} {cell.column}: printed {cell.printed}, "
              f"shown {shown}")
    if len(unmatched) != len(contradictions):
        problems.append("unmatched cells beyond the forced contradictions")
    for p in problems:
        print("PROBLEM:", p)
    print(f"wrote {OUT_FACTS.relative_to(REPO_ROOT)} and {OUT_DIFFS.relative_to(REPO_ROOT)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

# Writes the demo data's recording of Kolada API v3 answers (src/main/resources/kolada/demo-recording.json):
# Tyresö's figures from Delårsrapport 2 2021 (shared/reference/dr2-2021/kolada.csv), the report's two
# comparison figures as group means, and deterministic synthetic values around them. Run from the
# repository root: python3 tools/kolada-demo-recording.py
import json, random
from decimal import Decimal, ROUND_HALF_UP
random.seed(138)
LAN = [("0114","Upplands Väsby"),("0115","Vallentuna"),("0117","Österåker"),("0120","Värmdö"),("0123","Järfälla"),
("0125","Ekerö"),("0126","Huddinge"),("0127","Botkyrka"),("0128","Salem"),("0136","Haninge"),("0138","Tyresö"),
("0139","Upplands-Bro"),("0140","Nykvarn"),("0160","Täby"),("0162","Danderyd"),("0163","Sollentuna"),("0180","Stockholm"),
("0181","Södertälje"),("0182","Nacka"),("0183","Sundbyberg"),("0184","Solna"),("0186","Lidingö"),("0187","Vaxholm"),
("0188","Norrtälje"),("0191","Sigtuna"),("0192","Nynäshamn")]
assert len(LAN)==26
TITLES=dict(LAN); TITLES["0000"]="Riket"
SIMILAR=["0114","0123","0139","0163","0191"]
YEARS=list(range(2015,2021))
KPIS=[
 dict(id="N30001",title="Nettokostnadsavvikelse individ- och familjeomsorg, (%)",description="Nettokostnadsavvikelse för individ- och familjeomsorg: skillnaden mellan kommunens nettokostnad och dess referenskostnad, i procent av referenskostnaden. Ett positivt värde är en högre kostnad än strukturen förklarar. Källa: SCB.",operating_area="Individ- och familjeomsorg",is_divided_by_gender=False,base=14,spread=6,dec=1,riket=0),
 dict(id="N30005",title="Nettokostnad individ- och familjeomsorg, kr/inv",description="Nettokostnad för individ- och familjeomsorg dividerat med antal invånare totalt 31/12. Källa: SCB.",operating_area="Individ- och familjeomsorg",is_divided_by_gender=False,base=4300,spread=900,dec=0,riket=4500),
 dict(id="N31001",title="Kostnad ekonomiskt bistånd, kr/inv",description="Bruttokostnad minus interna intäkter och försäljning till andra kommuner och landsting för ekonomiskt bistånd (inkl. utredningskostnader), dividerad med antal invånare totalt den 31/12. Källa: SCB.",operating_area="Individ- och familjeomsorg, ekonomiskt bistånd",is_divided_by_gender=False,base=900,spread=450,dec=0,riket=1250),
 dict(id="N31807",title="Invånare som någon gång under året erhållit ekonomiskt bistånd, andel (%) av bef.",description="Antal invånare som någon gång under året erhållit ekonomiskt bistånd dividerat med antal invånare totalt 31/12. Källa: Socialstyrelsen och SCB.",operating_area="Individ- och familjeomsorg, ekonomiskt bistånd",is_divided_by_gender=True,base=2.4,spread=1.2,dec=1,riket=3.9),
 dict(id="N33009",title="Kostnad öppna insatser barn och unga, kr/inv",description="Bruttokostnad minus interna intäkter och försäljning till andra kommuner och landsting för öppna insatser barn och unga, dividerat med antal invånare totalt 31/12. Källa: SCB.",operating_area="Individ- och familjeomsorg, barn och unga",is_divided_by_gender=False,base=620,spread=220,dec=0,riket=700),
 dict(id="N33101",title="Kostnad/vårddygn för familjehemsvård av barn och unga 0-20 år, kr (genomsnitt)",description="Bruttokostnad minus interna intäkter och försäljning till andra kommuner och landsting för familjehemsvård av barn och unga 0-20 år, dividerad med antal vårddygn i familjehem för barn och unga 0-20 år under året. Källa: SCB och Socialstyrelsen.",operating_area="Individ- och familjeomsorg, barn och unga",is_divided_by_gender=False,base=1350,spread=350,dec=0,riket=1300),
 dict(id="U30200",title="Medarbetarengagemang (HME) individ- och familjeomsorg - Totalindex",description="Hållbart medarbetarengagemang (HME) inom individ- och familjeomsorg: totalindex av motivation, ledarskap och styrning, skala 0-100. Källa: Egen undersökning i kommunen.",operating_area="Individ- och familjeomsorg",is_divided_by_gender=False,base=79,spread=4,dec=0,riket=79),
]
# Tyresö's figures as Delårsrapport 2 2021 shows them (shared/reference/dr2-2021/kolada.csv); None: the report's empty or '-'
TYRESO={"N31001":{2018:710,2019:784,2020:812},"N30001":{2018:20.4,2019:14.4,2020:8.4},"U30200":{2018:82,2019:None,2020:None},
        "N33101":{2018:None,2019:None,2020:None}}
def q(x,dec):
    return float(Decimal(str(x)).quantize(Decimal(1).scaleb(-dec),rounding=ROUND_HALF_UP)) if dec else int(Decimal(str(x)).quantize(Decimal(1),rounding=ROUND_HALF_UP))
values={}  # (kpi,place,year)->value
for k in KPIS:
    for pid,_ in LAN+[("0000","Riket")]:
        level = k["riket"] if pid=="0000" else k["base"]+random.uniform(-1,1)*k["spread"]
        for y in YEARS:
            drift = (y-2015)*0.01*level + random.uniform(-0.04,0.04)*abs(level if level else k["spread"])
            v = level+drift if pid!="0000" or k["id"]!="N30001" else 0
            values[(k["id"],pid,y)] = q(v,k["dec"])
        if k["id"]=="U30200":
            for y in YEARS[:3]: values[(k["id"],pid,y)] = None   # HME began 2018
for kid,ys in TYRESO.items():
    known=[v for v in ys.values() if v is not None]
    for y in YEARS:
        if y in ys: values[(kid,"0138",y)] = ys[y]
        elif kid == "U30200": values[(kid,"0138",y)] = None
        elif known and y < min(ys):
            dec = next(k["dec"] for k in KPIS if k["id"]==kid)
            values[(kid,"0138",y)] = q(known[0]*(1-0.03*(min(ys)-y))+random.uniform(-0.02,0.02)*known[0],dec)
# the report's comparisons: jämförbara kommuner 17 % (N30001, 2020), Stockholms län ovägt medel 2,2 % (N31807, year not stated: 2020)
def fix_mean(kid, members, year, target, dec):
    free = [m for m in members if m != "0138"]
    delta = target - sum(values[(kid,m,year)] for m in members)/len(members)
    for m in free: values[(kid,m,year)] = q(values[(kid,m,year)]+delta,dec)
    others = [values[(kid,m,year)] for m in members if m != free[-1]]
    values[(kid,free[-1],year)] = q(target*len(members)-sum(others),dec)
    mean = sum(values[(kid,m,year)] for m in members)/len(members)
    assert abs(mean-target)<1e-9, (kid, mean)
fix_mean("N30001", SIMILAR, 2020, 17.0, 1)
fix_mean("N31807", [p for p,_ in LAN], 2020, 2.2, 1)
responses=[]
def kpi_json(k):
    return {key:k[key] for key in ("id","title","description","operating_area","is_divided_by_gender")} | {"has_ou_data":False,"municipality_type":"K","auspices":"E","publ_period":"2020"}
responses.append(("kpi",{"values":[kpi_json(k) for k in KPIS],"count":len(KPIS)}))
munis=[{"id":"0000","title":"Riket","type":"L"}]+[{"id":p,"title":t,"type":"K"} for p,t in LAN]
responses.append(("municipality",{"values":munis,"count":len(munis)}))
groups=[{"id":"GDEMO1","title":"Jämförbara kommuner IFO, Tyresö","members":[{"id":m,"title":TITLES[m]} for m in SIMILAR]},
        {"id":"GDEMO2","title":"Stockholms läns kommuner","members":[{"id":p,"title":t} for p,t in LAN]}]
responses.append(("municipality_groups",{"values":groups,"count":len(groups)}))
places=sorted(["0000"]+[p for p,_ in LAN])
kids=",".join(sorted(k["id"] for k in KPIS))
for chunk in (places[:25],places[25:]):
    entries=[]
    for k in sorted(KPIS,key=lambda k:k["id"]):
        for p in chunk:
            for y in YEARS:
                v=values[(k["id"],p,y)]
                pts=[{"gender":"T","count":1,"status":"" if v is not None else "Missing","value":v}]
                if k["is_divided_by_gender"] and v is not None:
                    w=q(v*1.08,1); m=q(v*0.92,1)
                    pts+= [{"gender":"K","count":1,"status":"","value":w},{"gender":"M","count":1,"status":"","value":m}]
                entries.append({"kpi":k["id"],"municipality":p,"period":y,"values":pts})
    responses.append((f"data/kpi/{kids}/municipality/{','.join(chunk)}",{"values":entries,"count":len(entries)}))
out=['{','"base_url": "https://api.kolada.se/v3",',
 '"recorded": "Demodata in the shape of Kolada API v3. Tyresö (0138) 2018-2020 of N30001, N31001 and U30200, N30001 of GDEMO1 in 2020 (17 %) and N31807 of GDEMO2 in 2020 (2,2 %) are Delårsrapport 2 2021 (shared/reference/dr2-2021/kolada.csv); every other value is synthetic.",',
 '"responses": [']
for i,(path,body) in enumerate(responses):
    vals=",\n".join("  "+json.dumps(v,ensure_ascii=False) for v in body["values"])
    out.append('{"path": %s, "body": {"count": %d, "values": [\n%s\n]}}%s' % (json.dumps(path), body["count"], vals, "," if i<len(responses)-1 else ""))
out.append(']}')
open("src/main/resources/kolada/demo-recording.json","w").write("\n".join(out)+"\n")
print("src/main/resources/kolada/demo-recording.json written")

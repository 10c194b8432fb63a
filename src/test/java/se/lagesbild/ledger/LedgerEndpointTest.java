package se.lagesbild.ledger;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lagesbild.ledger.SieReaderTest.sie;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import se.lagesbild.support.LagesbildTest;

/** POST /api/import/huvudbok: an SIE file applied, the same again unchanged, an unmapped account refused (2005). */
@LagesbildTest
class LedgerEndpointTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    LedgerService ledger;

    private static MockHttpServletRequestBuilder huvudbok(String fileName, byte[] file) {
        return post("/api/import/huvudbok")
                .header("Authorization", "Bearer demo-import-token")
                .header("X-File-Name", fileName)
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(file);
    }

    @Test
    void anSieFileIsImportedThroughTheEndpoint() throws Exception {
        ledger.save(
                new Kontoplan(
                        2005,
                        List.of(new AccountRange("5", "5", "PERSONNEL")),
                        List.of(new ActivityRule("", "4100", "BARN_UNGDOM"))),
                "controller");
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
        byte[] file = sie(
                "#FLAGGA 0",
                "#FORMAT PC8",
                "#SIETYP 4",
                "#DIM 20 \"Verksamhet\"",
                "#VER A 1 20050131",
                "{",
                "#TRANS 5010 {20 \"4100\"} 1000.00",
                "#TRANS 5110 {20 \"4100\"} 500.00",
                "}");
        mvc.perform(huvudbok("jan-2005.se", file))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPLIED"))
                .andExpect(jsonPath("$.kind").value("huvudbok"))
                .andExpect(jsonPath("$.added").value(2));
        mvc.perform(huvudbok("jan-2005.se", file))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unchanged").value(2));
        byte[] unmapped = sie("#VER A 2 20050228", "{", "#TRANS 4010 {20 \"4100\"} 12.50", "}");
        mvc.perform(huvudbok("feb-2005.se", unmapped))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.errors[0].file").value("feb-2005.se"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Konto 4010 saknar kostnadsslag i kontoplanen för 2005: summa 12,50 kr på 1 rader"));
    }
}

package se.tertial.journey;

import se.tertial.journey.TwoFormatWorkbook.Share;
import se.tertial.journey.TwoFormatWorkbook.Table;

/** One measure per target family, with the outcomes that decide it (T2 2025 against T2 2024). */
final class FamilyRows {
  private FamilyRows() {}

  static void fill(Table m, Table u) {
    m.row("F01", "Medborgare", "Antal familjehem", "Öka", "", "", "Högre är bättre", "st", "");
    u.row("F01", "2024-T2", "", "", 5).row("F01", "2025-T2", "", "", 7);
    m.row("F02", "Medborgare", "Andel med plan", "Minst 70 %", "", "", "", "%", "");
    u.row("F02", "2024-T2", "", "", new Share(65)).row("F02", "2025-T2", "", "", new Share(72));
    m.row("F03", "Medborgare", "Vårdtid", "K 16,0 M 17,2", "", "", "Lägre är bättre", "dagar", "");
    u.row("F03", "2024-T2", 17, 19, "").row("F03", "2025-T2", 15, 18, "");
    m.row("F04", "Verksamhet", "Andel digitala journaler", "100 % i dec", "", "", "", "%", "");
    u.row("F04", "2024-T2", "", "", 90).row("F04", "2025-T2", "", "", 96);
    m.row(
        "F05",
        "Verksamhet",
        "Andel överbeläggningar",
        "<14% (2024)<15% (2025)<15% (2026)",
        "",
        "",
        "Lägre är bättre",
        "%",
        "");
    u.row("F05", "2024-T2", "", "", 13.5).row("F05", "2025-T2", "", "", 14.2);
    m.row(
        "F06",
        "Samhälle",
        "Utsläpp av koldioxid",
        "Minska med 5 % per år",
        "",
        "",
        "Lägre är bättre",
        "ton",
        "");
    u.row("F06", "2024-T2", "", "", 200).row("F06", "2025-T2", "", "", 188);
    m.row(
        "F07",
        "Ekonomi",
        "Budgetavvikelse",
        "Ska inte vara sämre än −1,5 mnkr",
        "",
        "",
        "Högre är bättre",
        "mnkr",
        "");
    u.row("F07", "2024-T2", "", "", -2.0).row("F07", "2025-T2", "", "", -0.8);
    m.row("F08", "Medborgare", "Besvarade remisser", "80 % inom 14 dagar", "", "", "", "%", "");
    u.row("F08", "2024-T2", "", "", 78).row("F08", "2025-T2", "", "", 76);
    m.row(
        "F09",
        "Medborgare",
        "Undvikbar slutenvård",
        "Lägre än rikssnittet",
        "",
        "",
        "Lägre är bättre",
        "%",
        "");
    u.row("F09", "2024-T2", "", "", 11).row("F09", "2025-T2", "", "", 10.5);
    u.row("F09:riket", "2025-T2", "", "", 12);
    m.row(
        "F10",
        "Medborgare",
        "Väntetid till besök",
        "Bättre än riket",
        "",
        "",
        "Lägre är bättre",
        "dagar",
        "Riket 30 dagar");
    u.row("F10", "2024-T2", "", "", 31).row("F10", "2025-T2", "", "", 33);
    m.row(
        "F11",
        "Samhälle",
        "Placering i Företagsklimat",
        "Bland de 25 % bästa kommunerna",
        "",
        "",
        "",
        "placering",
        "290 kommuner");
    u.row("F11", "2024-T2", "", "", 80).row("F11", "2025-T2", "", "", 64);
    m.row(
        "F12",
        "Ekonomi",
        "Årets resultat",
        "Årets resultat ska vara positivt",
        "",
        "",
        "",
        "mnkr",
        "");
    u.row("F12", "2024-T2", "", "", -1.2).row("F12", "2025-T2", "", "", 3.2);
    m.row(
        "F13",
        "Medarbetare",
        "Medarbetarnas nöjdhet",
        "Minst 4 på en 5-gradig skala",
        "",
        "",
        "",
        "",
        "");
    u.row("F13", "2024-T2", "", "", 4.1).row("F13", "2025-T2", "", "", 3.9);
    m.row("F14", "Verksamhet", "Genomförda revisioner", "Minst 2 av 3", "", "", "", "st", "");
    u.row("F14", "2024-T2", "", "", 1).row("F14", "2025-T2", "", "", 2);
    m.row("F15", "Verksamhet", "Andel uppföljda avtal", "Öka, minst 70 %", "", "", "", "%", "");
    u.row("F15", "2024-T2", "", "", 60).row("F15", "2025-T2", "", "", 68);
    m.row("F16", "Ekonomi", "Prognosavvikelse", "Högst 0,5 procent avvikelse", "", "", "", "%", "");
    u.row("F16", "2024-T2", "", "", 0.3).row("F16", "2025-T2", "", "", -0.8);
    m.row(
        "F17",
        "Medborgare",
        "Nöjda brukare",
        "Ska ligga på en god nivå jämfört med tidigare år",
        "85 %",
        "",
        "Högre är bättre",
        "%",
        "");
    u.row("F17", "2024-T2", "", "", 84).row("F17", "2025-T2", "", "", 87);
    m.row(
        "F18",
        "Medarbetare",
        "Andel med utvecklingssamtal",
        "Enligt verksamhetsplanen",
        "K 80 M 75",
        2026,
        "Högre är bättre",
        "%",
        "");
    u.row("F18", "2024-T2", 70, 77, "").row("F18", "2025-T2", 78, 76, "");
    m.row("F19", "Verksamhet", "Andel e-tjänster", "Minst 90 %", "", 2026, "", "%", "");
    u.row("F19", "2024-T2", "", "", 80).row("F19", "2025-T2", "", "", 85);
    m.row("F20", "Verksamhet", "Andel i tid", "Minst 85 %", 80, "", "", "%", "");
    u.row("F20", "2024-T2", "", "", 82).row("F20", "2025-T2", "", "", 83);
    m.row(
        "F21", "Verksamhet", "Antal avvikelser", "Ska ligga på en god nivå", 12, "", "", "st", "");
    u.row("F21", "2024-T2", "", "", 14).row("F21", "2025-T2", "", "", 11);
    m.row("F22", "Medborgare", "Andel som fått stöd", "Öka", 70, "", "Högre är bättre", "%", "");
    u.row("F22", "2024-T2", "", "", 60).row("F22", "2025-T2", "", "", 65);
  }
}

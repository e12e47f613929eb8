package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plain news sentences issue 13 found coding nothing ("Where it stands"), each coded alone as
 * an article of 2019-03-04, with the event a careful CAMEO coder records: source, root, target ("-"
 * for a one-sided event) by country, and the sector where it decides the event (a protest by
 * civilians, not a state's complaint). Regression test for issue 13.
 */
class UnseenNewsSentencesTest {
  private static final LocalDate DATE = LocalDate.of(2019, 3, 4);

  private static List<String> coded(String sentence) {
    return HandMadeText.sidesByCountry(DATE, sentence, true);
  }

  @Test
  void aThreatToResumeAttacksIsAimedWhereTheyWouldBe() {
    assertEquals(
        List.of("LBNREB 13 ISR"),
        coded("Hezbollah threatened on Monday to resume attacks in Israel."));
  }

  @Test
  void aDemonstrationWithNoTargetIsOneSided() {
    assertEquals(
        List.of("SRBCVL 14 -"),
        coded("Hundreds of ethnic Serbs demonstrated on Tuesday in Kosovo."));
  }

  @Test
  void aRejectedAppealIsTheAppealersAndTheRejection() {
    assertEquals(
        List.of("IGOEUR 02 TUR", "TURGOV 12 IGO"),
        coded(
            "Ankara again rejected on Thursday a European Union appeal to release the"
                + " journalists."));
  }

  @Test
  void aircraftWithANationalityAreItsMilitary() {
    assertEquals(
        List.of("SYRMIL 19 SYR"),
        coded("Syrian aircraft killed 30 civilians in an attack on a village in Idlib province."));
  }

  @Test
  void twoCountriesAgreeingUponAPactSignItWithEachOther() {
    assertEquals(
        List.of("CAN 05 MEX", "MEX 05 CAN"),
        coded(
            "Canada and Mexico have agreed upon a new trade pact, the Canadian government"
                + " announced."));
  }

  @Test
  void kurdishPositionsNearAfrinAreSyrias() {
    assertEquals(
        List.of("TURMIL 19 SYR"),
        coded("Turkish forces shelled Kurdish positions near Afrin on Sunday."));
  }

  @Test
  void policeInMoscowArrestingProtestersAreRussias() {
    assertEquals(
        List.of("RUSCOP 17 RUS"),
        coded("Police arrested dozens of protesters in Moscow on Saturday."));
  }

  @Test
  void aCrowdMarchingInLondonIsBritishCivilians() {
    assertEquals(
        List.of("GBRCVL 14 -"),
        coded("Thousands marched through central London to protest against Brexit."));
  }

  @Test
  void policeAfterWithAreAnInstitutionOfWhereTheClashIs() {
    // "police" is tagged singular: as a bare plural it still waits for a country. A protest that
    // turns violent is a riot (145: CAMEO's codebook, R.refine.crowd-violence), not fighting (19).
    assertEquals(
        List.of("HKGCVL 14 HKG"), coded("Protesters clashed with police in Hong Kong on Sunday."));
  }

  @Test
  void gunmenNoOneNamesAreArmedMenOfWhereTheyStrike() {
    assertEquals(
        List.of("SOMUAF 18 SOM"),
        coded("Gunmen kidnapped three aid workers in Somalia on Monday."));
  }

  @Test
  void aSuicideBomberIsAnArmedManOfWhereTheVictimsAre() {
    assertEquals(
        List.of("AFGUAF 18 -", "AFGUAF 19 AFG"),
        coded("A suicide bomber killed 12 people in Kabul on Monday."));
  }
}

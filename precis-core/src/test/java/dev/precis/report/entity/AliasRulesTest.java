package dev.precis.report.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each alias rule on its own, with the cases that motivated it and the ones it must refuse. */
class AliasRulesTest {
    @Test
    void acronymsAreShortCapitals() {
        assertTrue(AliasRules.isAcronym("IS"));
        assertTrue(AliasRules.isAcronym("G20"));
        assertTrue(AliasRules.isAcronym("U.S."));
        assertFalse(AliasRules.isAcronym("Obama"));
        assertFalse(AliasRules.isAcronym("A"));
        assertFalse(AliasRules.isAcronym("20G"));
    }

    @Test
    void anAcronymAbbreviatesTheWordsThatCount() {
        assertTrue(AliasRules.abbreviates("is", "islamic state"));
        assertTrue(AliasRules.abbreviates("g20", "group of 20"), "digits stay whole, minor words are skipped");
        assertTrue(AliasRules.abbreviates("fbi", "federal bureau of investigation"));
        assertFalse(AliasRules.abbreviates("is", "islamic"), "one word is not abbreviated");
        assertFalse(AliasRules.abbreviates("un", "united states"));
    }

    @Test
    void firstNamesALetterOrTwoApartWithTheSameSurname() {
        assertTrue(AliasRules.spellingVariants("sergey lavrov", "sergei lavrov"));
        assertFalse(AliasRules.spellingVariants("sergey lavrov", "sergey ivanov"), "another surname");
        assertFalse(AliasRules.spellingVariants("jim hall", "tim hall"), "short names differ in their first letter");
        assertFalse(AliasRules.spellingVariants("lavrov", "lavrov"), "a full name is needed");
    }

    @Test
    void transliterationsDifferInOneVowelOfAPair() {
        assertTrue(AliasRules.vowelVariant("qaeda", "qaida"));
        assertTrue(AliasRules.vowelVariant("hussein", "hussain"));
        assertFalse(AliasRules.vowelVariant("hunan", "henan"), "a lone vowel is not a transliteration");
        assertFalse(AliasRules.vowelVariant("florida", "florita"), "consonants differ");
        assertFalse(AliasRules.vowelVariant("iraq", "iran"));
    }

    @Test
    void aSurnameJoinsOnlyTheFullNameThatDominatesIt() {
        Map<String, Set<Integer>> obama = Map.of("barack obama", Set.of(1, 2, 3, 4));
        assertEquals("barack obama", AliasRules.dominantFullName(obama, Set.of(0)));

        Map<String, Set<Integer>> clinton = Map.of("george clinton", Set.of(0));
        assertNull(AliasRules.dominantFullName(clinton, Set.of(1, 2, 3, 4, 5)), "named once against five reports");

        Map<String, Set<Integer>> hall = new LinkedHashMap<>();
        hall.put("jim hall", Set.of(0, 1));
        hall.put("james hall", Set.of(2, 3));
        assertNull(AliasRules.dominantFullName(hall, Set.of(4)), "two full names as common: neither");
    }

    @Test
    void countryAliasesShareTheCountrysKey() {
        assertEquals(NameKey.of("us", "us"), NameKey.of("united states", "united states"));
        assertTrue(NameKey.of("us", "us").knownPlace());
        assertFalse(NameKey.of("sergey lavrov", "sergey lavrov").knownPlace());
        assertTrue(NameKey.of("nc", "nc").knownPlace(), "N.C. is North Carolina");
        assertEquals(NameKey.of("north carolina", "north carolina"), NameKey.of("nc", "nc"));
    }

    @Test
    void unionFindJoinsTransitively() {
        UnionFind<String> sets = new UnionFind<>();
        sets.union("a", "b");
        sets.union("b", "c");
        assertEquals(sets.find("a"), sets.find("c"));
        assertEquals("d", sets.find("d"));
    }
}

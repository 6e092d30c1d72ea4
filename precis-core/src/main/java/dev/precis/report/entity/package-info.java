/**
 * Entities of a story: mentions found from part-of-speech tags, spellings merged by alias rules
 * (acronym, bracketed acronym, surname, spelling variant, transliteration, country alias), typed from
 * evidence, named by their commonest full form.
 */
package dev.precis.report.entity;

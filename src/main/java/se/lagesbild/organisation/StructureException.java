package se.lagesbild.organisation;

import se.lagesbild.base.RefusedException;

/**
 * A change of the organisation, the goals or a year that the rules refuse, with what to tell the user:
 * a translation key and its arguments ("Verksamheten 'X' finns redan år 2022").
 */
public class StructureException extends RefusedException {

    public StructureException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}

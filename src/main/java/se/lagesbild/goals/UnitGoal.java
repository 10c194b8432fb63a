package se.lagesbild.goals;

/** An enhetsmål: what an enhet aims for under a målområde of a year; its indicators measure it. */
public record UnitGoal(long id, long goalAreaId, String unitCode, String description) {}

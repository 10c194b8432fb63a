package se.lagesbild.live;

/** What a change concerns; a view listens to the topics it shows. */
public enum Topic { ECONOMY, INVESTIGATIONS, GOALS, SETTINGS }

/**
 * Demo data for trying the application: the three partnerships of the 2014-2018 trial
 * with their regions, municipalities and NGOs, a few units each, the peer-support models
 * and one demo user per role. Loaded on every start outside the {@code prod} profile, and
 * idempotent: what exists is left alone.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.demo;

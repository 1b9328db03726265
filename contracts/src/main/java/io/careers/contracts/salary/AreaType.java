package io.careers.contracts.salary;

/** The kind of geographic area an OEWS estimate covers. */
public enum AreaType {
    NATIONAL, STATE, METRO, NONMETRO
}

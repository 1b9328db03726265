package io.careers.contracts.schools;

/** Who controls an institution (IPEDS control). */
public enum Ownership {
    PUBLIC, PRIVATE_NONPROFIT, PRIVATE_FOR_PROFIT
}

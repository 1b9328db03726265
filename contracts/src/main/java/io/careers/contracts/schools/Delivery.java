package io.careers.contracts.schools;

/** How a program is taught. */
public enum Delivery {
    CAMPUS, ONLINE, HYBRID
}

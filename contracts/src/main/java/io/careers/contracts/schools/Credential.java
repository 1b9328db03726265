package io.careers.contracts.schools;

/** The award level a program leads to. */
public enum Credential {
    CERTIFICATE, ASSOCIATE, BACHELOR, POSTBACCALAUREATE_CERTIFICATE, MASTER, DOCTORATE, GRADUATE_CERTIFICATE
}

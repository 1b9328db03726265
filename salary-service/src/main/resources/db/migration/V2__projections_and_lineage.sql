-- Employment projections; the one with the latest target_year is current for its occupation.
CREATE TABLE employment_projection (
    projection_period       text    NOT NULL,
    soc_code                char(7) NOT NULL,
    base_year               integer NOT NULL,
    target_year             integer NOT NULL,
    occupation_title        text    NOT NULL,
    soc_version             text,
    base_employment         bigint,
    projected_employment    bigint,
    percent_change          numeric,
    annual_openings         bigint,
    typical_entry_education text,
    PRIMARY KEY (projection_period, soc_code)
);
CREATE INDEX employment_projection_by_occupation ON employment_projection (soc_code, target_year DESC);

-- SOC code lineage across revisions: a predecessor code was replaced by (split into, renamed to)
-- successor codes. Figures are never compared or merged across these links.
CREATE TABLE soc_code (
    code        char(7) NOT NULL,
    soc_version text    NOT NULL,
    title       text    NOT NULL,
    PRIMARY KEY (code, soc_version)
);

CREATE TABLE soc_lineage (
    predecessor_code    char(7) NOT NULL,
    predecessor_version text    NOT NULL,
    successor_code      char(7) NOT NULL,
    successor_version   text    NOT NULL,
    PRIMARY KEY (predecessor_code, predecessor_version, successor_code, successor_version),
    FOREIGN KEY (predecessor_code, predecessor_version) REFERENCES soc_code (code, soc_version),
    FOREIGN KEY (successor_code, successor_version) REFERENCES soc_code (code, soc_version)
);
CREATE INDEX soc_lineage_by_successor ON soc_lineage (successor_code);

-- The changes named in docs (domain-facts.md): BLS SOC 2000 -> 2010 -> 2018 revisions.
INSERT INTO soc_code (code, soc_version, title) VALUES
    ('29-2071', '2010', 'Medical Records and Health Information Technicians'),
    ('29-2072', '2018', 'Medical Records Specialists'),
    ('29-9021', '2018', 'Health Information Technologists and Medical Registrars'),
    ('29-1111', '2000', 'Registered Nurses'),
    ('29-1141', '2010', 'Registered Nurses'),
    ('15-1031', '2000', 'Computer Software Engineers, Applications'),
    ('15-1132', '2010', 'Software Developers, Applications'),
    ('15-1252', '2018', 'Software Developers');

INSERT INTO soc_lineage (predecessor_code, predecessor_version, successor_code, successor_version) VALUES
    ('29-2071', '2010', '29-2072', '2018'),
    ('29-2071', '2010', '29-9021', '2018'),
    ('29-1111', '2000', '29-1141', '2010'),
    ('15-1031', '2000', '15-1132', '2010'),
    ('15-1132', '2010', '15-1252', '2018');

-- One database per service (contracts.md: "one database per service").
CREATE DATABASE salary;
CREATE DATABASE schools;
CREATE DATABASE articles;

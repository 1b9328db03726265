/**
 * salary-service's HTTP answers: written by salary-service, read by the gateway, described in
 * salary-service's OpenAPI document. Their constraints are what a reader may rely on.
 */
package io.careers.contracts.api.salary;

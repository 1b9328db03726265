/**
 * schools-service's public HTTP answers: written by schools-service, read by the gateway, described
 * in schools-service's OpenAPI document. Their constraints are what a reader may rely on.
 */
package io.careers.contracts.api.schools;

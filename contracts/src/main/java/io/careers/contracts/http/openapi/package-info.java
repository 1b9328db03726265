/**
 * OpenAPI answers that many operations share, as annotations to put on a controller or an
 * operation: each stands for the {@code @ApiResponse} (and security requirement) it carries, so a
 * service's document lists the same problem answers in the same words everywhere (ADR 0022).
 */
package io.careers.contracts.http.openapi;

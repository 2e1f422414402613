package org.projectledger.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.projectledger.api.ErrorCode;

/**
 * A request the service refused with a problem of this code: published as it is answered, so that
 * the security log counts and records it ({@code SecurityEvents}) without the web answers knowing
 * who listens.
 */
public record RequestRefused(HttpServletRequest request, ErrorCode code) {}

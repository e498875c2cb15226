/**
 * What every page shares: the language (Danish by default, English on request, remembered
 * in a cookie) and the request id that ties a request's log lines and audit entries
 * together.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.web;

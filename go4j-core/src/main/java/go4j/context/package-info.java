/**
 * Go's {@code context} package: cancellation trees, deadlines and request-scoped values.
 */
package go4j.context;

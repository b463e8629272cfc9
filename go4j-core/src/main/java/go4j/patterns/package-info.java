/**
 * The classic Go concurrency patterns as small functions over channels and contexts.
 */
package go4j.patterns;

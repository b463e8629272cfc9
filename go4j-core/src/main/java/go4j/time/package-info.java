/**
 * Go's {@code time} package, the part goroutines use: timers and tickers as channels.
 */
package go4j.time;

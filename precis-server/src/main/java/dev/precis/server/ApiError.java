package dev.precis.server;

/** A request the API refuses, with the HTTP status and a message that says what to do. */
final class ApiError extends RuntimeException {
    final int status;

    ApiError(int status, String message) {
        super(message);
        this.status = status;
    }
}

//! C ABI over the smh-errors core (work in progress).

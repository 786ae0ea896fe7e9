//! Python bindings over the smh-errors core (work in progress).

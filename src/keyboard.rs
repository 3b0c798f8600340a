//! What a key does in the cycle diagram: one Tab stop, arrows move the focus around the
//! loop (roving tabindex), Home and End go to the ends, Enter and Space select.

/// The effect of a key press on the focused step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyAction {
    /// Move the focus (and the Tab stop) to the step at this index.
    Focus(usize),
    /// Open the focused step.
    Select,
}

/// What `key` (a `KeyboardEvent.key` value) does when step `current` of `total` has focus.
/// Keys we do not use give `None`, so the browser keeps them (Tab leaves the diagram).
pub fn cycle_key(key: &str, current: usize, total: usize) -> Option<KeyAction> {
    if total == 0 {
        return None;
    }
    let current = current.min(total - 1);
    match key {
        "ArrowRight" | "ArrowDown" | "Right" | "Down" => {
            Some(KeyAction::Focus((current + 1) % total))
        }
        "ArrowLeft" | "ArrowUp" | "Left" | "Up" => {
            Some(KeyAction::Focus((current + total - 1) % total))
        }
        "Home" => Some(KeyAction::Focus(0)),
        "End" => Some(KeyAction::Focus(total - 1)),
        "Enter" | " " | "Spacebar" => Some(KeyAction::Select),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_wrap_around_the_loop() {
        assert_eq!(cycle_key("ArrowRight", 7, 8), Some(KeyAction::Focus(0)));
        assert_eq!(cycle_key("ArrowLeft", 0, 8), Some(KeyAction::Focus(7)));
        assert_eq!(cycle_key("ArrowDown", 3, 8), Some(KeyAction::Focus(4)));
        assert_eq!(cycle_key("ArrowUp", 3, 8), Some(KeyAction::Focus(2)));
    }

    #[test]
    fn home_end_enter_space() {
        assert_eq!(cycle_key("Home", 5, 8), Some(KeyAction::Focus(0)));
        assert_eq!(cycle_key("End", 5, 8), Some(KeyAction::Focus(7)));
        assert_eq!(cycle_key("Enter", 5, 8), Some(KeyAction::Select));
        assert_eq!(cycle_key(" ", 5, 8), Some(KeyAction::Select));
    }

    #[test]
    fn other_keys_and_empty_cycles_are_left_alone() {
        assert_eq!(cycle_key("Tab", 0, 8), None);
        assert_eq!(cycle_key("a", 0, 8), None);
        assert_eq!(cycle_key("ArrowRight", 0, 0), None);
        assert_eq!(cycle_key("ArrowRight", 99, 3), Some(KeyAction::Focus(0)));
    }
}

//! The presentation stepper: every slide has one number and back, the keys a trainer or
//! a clicker sends move where they should, and nothing leaves the deck.

use lhs_roadmap::content::{parse, Part};
use lhs_roadmap::deck::{command_for_key, Command, Deck, Slide, Stage};

#[test]
fn the_shipped_roadmap_makes_thirty_four_slides() {
    let roadmap = match parse(include_str!("../content/roadmap.json")) {
        Ok(roadmap) => roadmap,
        Err(problems) => panic!("shipped content invalid: {problems:?}"),
    };
    let deck = Deck::new(roadmap.all_steps().count());
    // Opening, four slides for the foundation and each of the 7 steps, closing.
    assert_eq!(deck.count(), 34);
    assert_eq!(deck.slide(1), Some(Slide::Opening));
    assert_eq!(deck.slide(34), Some(Slide::Closing));
    assert_eq!(deck.slide(0), None);
    assert_eq!(deck.slide(35), None);
}

#[test]
fn each_step_shows_its_summary_then_its_parts_one_at_a_time() {
    let deck = Deck::new(8);
    let stages: Vec<Slide> = (2..=5).filter_map(|n| deck.slide(n)).collect();
    assert_eq!(
        stages,
        vec![
            Slide::Step {
                index: 0,
                stage: Stage::Summary
            },
            Slide::Step {
                index: 0,
                stage: Stage::Part(Part::Roles)
            },
            Slide::Step {
                index: 0,
                stage: Stage::Part(Part::Conditions)
            },
            Slide::Step {
                index: 0,
                stage: Stage::Part(Part::Challenges)
            },
        ]
    );
    assert_eq!(deck.first_of_step(1), 6);
    assert_eq!(deck.first_of_step(7), 30);
    assert_eq!(
        deck.slide(33),
        Some(Slide::Step {
            index: 7,
            stage: Stage::Part(Part::Challenges)
        })
    );
}

#[test]
fn every_slide_number_round_trips_for_any_deck_size() {
    for steps in 1..=40 {
        let deck = Deck::new(steps);
        assert_eq!(deck.count() as usize, steps * 4 + 2);
        for number in 1..=deck.count() {
            let slide = deck.slide(number).expect("inside the deck");
            assert_eq!(deck.number(slide), number, "{steps} steps, slide {number}");
        }
    }
}

#[test]
fn addresses_past_the_ends_come_back_inside() {
    let deck = Deck::new(8);
    assert_eq!(deck.clamp(0), 1);
    assert_eq!(deck.clamp(34), 34);
    assert_eq!(deck.clamp(9999), 34);
}

#[test]
fn next_and_previous_stop_at_the_ends_without_wrapping() {
    let deck = Deck::new(8);
    assert_eq!(deck.go(1, Command::Next), Some(2));
    assert_eq!(deck.go(1, Command::Previous), None);
    assert_eq!(deck.go(34, Command::Next), None);
    assert_eq!(deck.go(34, Command::Previous), Some(33));
    assert_eq!(deck.go(17, Command::First), Some(1));
    assert_eq!(deck.go(17, Command::Last), Some(34));
    assert_eq!(deck.go(1, Command::First), None);
    // Walking forward then back visits every slide once each way.
    let mut number = 1;
    let mut seen = vec![number];
    while let Some(next) = deck.go(number, Command::Next) {
        number = next;
        seen.push(number);
    }
    assert_eq!(seen, (1..=34).collect::<Vec<_>>());
    while let Some(previous) = deck.go(number, Command::Previous) {
        number = previous;
    }
    assert_eq!(number, 1);
}

#[test]
fn a_step_number_jumps_to_that_steps_summary() {
    let deck = Deck::new(8);
    assert_eq!(deck.go(1, Command::Step(0)), Some(2), "0 is the foundation");
    assert_eq!(deck.go(1, Command::Step(1)), Some(6));
    assert_eq!(deck.go(1, Command::Step(7)), Some(30));
    assert_eq!(deck.go(30, Command::Step(7)), None, "already there");
    assert_eq!(deck.go(1, Command::Step(8)), None, "no step 8");
    assert_eq!(deck.go(1, Command::Step(9)), None);
}

#[test]
fn the_full_key_map() {
    let key = |key: &str| command_for_key(key, false);
    for next in ["ArrowRight", "ArrowDown", "PageDown", " ", "Enter"] {
        assert_eq!(key(next), Some(Command::Next), "{next:?}");
    }
    for previous in ["ArrowLeft", "ArrowUp", "PageUp", "Backspace"] {
        assert_eq!(key(previous), Some(Command::Previous), "{previous:?}");
    }
    assert_eq!(key("Home"), Some(Command::First));
    assert_eq!(key("End"), Some(Command::Last));
    for digit in 0..=9 {
        assert_eq!(key(&digit.to_string()), Some(Command::Step(digit)));
    }
    for blank in ["b", "B", "."] {
        assert_eq!(key(blank), Some(Command::Blank));
    }
    assert_eq!(key("f"), Some(Command::Fullscreen));
    assert_eq!(key("F"), Some(Command::Fullscreen));
    assert_eq!(key("?"), Some(Command::Help));
    assert_eq!(key("Escape"), Some(Command::Leave));
    for other in ["a", "Tab", "Shift", "12", "²", "F5", ""] {
        assert_eq!(key(other), None, "{other:?}");
    }
}

#[test]
fn keys_with_ctrl_alt_or_meta_stay_the_browsers() {
    for key in ["ArrowRight", "ArrowLeft", "p", "f", "1", "Home"] {
        assert_eq!(command_for_key(key, true), None, "{key}");
    }
}

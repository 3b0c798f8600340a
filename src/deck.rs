//! The presentation stepper: which slide comes where, and what each key of a keyboard or
//! presentation clicker does. Slides are counted from 1, as the URL writes them.
//!
//! The deck opens on the whole cycle, then gives each step (the foundation first, in the
//! cycle's order) four slides: its summary on the cycle, then its roles, its winning
//! conditions and its challenges, one at a time so that the room discusses one at a time;
//! it ends on a closing slide.

use crate::content::Part;

/// What a step's slide shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// The step highlighted on the cycle, with its summary.
    Summary,
    /// One of its three parts.
    Part(Part),
}

impl Stage {
    pub const ALL: [Stage; 4] = [
        Stage::Summary,
        Stage::Part(Part::Roles),
        Stage::Part(Part::Conditions),
        Stage::Part(Part::Challenges),
    ];
}

/// One slide of the deck.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// The whole cycle and the roadmap's title.
    Opening,
    /// A step, by its index among all steps (the foundation is 0).
    Step {
        index: usize,
        stage: Stage,
    },
    Closing,
}

impl Slide {
    /// The index of the step this slide belongs to, if any.
    pub fn step(self) -> Option<usize> {
        match self {
            Slide::Step { index, .. } => Some(index),
            Slide::Opening | Slide::Closing => None,
        }
    }
}

/// The slides for a roadmap of `steps` steps (the foundation included).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deck {
    steps: usize,
}

const PER_STEP: usize = Stage::ALL.len();

impl Deck {
    pub fn new(steps: usize) -> Deck {
        Deck { steps }
    }

    /// How many slides there are: opening, four per step, closing.
    pub fn count(self) -> u32 {
        u32::try_from(self.steps * PER_STEP + 2).unwrap_or(u32::MAX)
    }

    /// The slide at `number` (from 1), or `None` past either end.
    pub fn slide(self, number: u32) -> Option<Slide> {
        let len = self.count();
        match number {
            0 => None,
            1 => Some(Slide::Opening),
            n if n == len => Some(Slide::Closing),
            n if n > len => None,
            n => {
                let offset = (n - 2) as usize;
                Some(Slide::Step {
                    index: offset / PER_STEP,
                    stage: Stage::ALL[offset % PER_STEP],
                })
            }
        }
    }

    /// The number of `slide` in this deck.
    pub fn number(self, slide: Slide) -> u32 {
        match slide {
            Slide::Opening => 1,
            Slide::Closing => self.count(),
            Slide::Step { index, stage } => {
                let place = Stage::ALL
                    .iter()
                    .position(|other| *other == stage)
                    .unwrap_or_default();
                u32::try_from(2 + index * PER_STEP + place).unwrap_or(u32::MAX)
            }
        }
    }

    /// The first slide of the step at `index` (its summary).
    pub fn first_of_step(self, index: usize) -> u32 {
        self.number(Slide::Step {
            index: index.min(self.steps.saturating_sub(1)),
            stage: Stage::Summary,
        })
    }

    /// `number` brought inside the deck, for addresses that point past its end.
    pub fn clamp(self, number: u32) -> u32 {
        number.clamp(1, self.count())
    }

    /// Where `command` leads from slide `number`; `None` when it does not move.
    pub fn go(self, number: u32, command: Command) -> Option<u32> {
        let target = match command {
            Command::Next => number.saturating_add(1).min(self.count()),
            Command::Previous => number.saturating_sub(1).max(1),
            Command::First => 1,
            Command::Last => self.count(),
            // Step numbers equal their place among all steps (the validator checks it).
            Command::Step(digit) if (digit as usize) < self.steps => {
                self.first_of_step(digit as usize)
            }
            _ => return None,
        };
        (target != number).then_some(target)
    }
}

/// What a key asks of the presenter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Next,
    Previous,
    First,
    Last,
    /// A step by its number (0 is the foundation).
    Step(u32),
    /// Blanks the screen, or brings it back.
    Blank,
    Fullscreen,
    /// Lists the shortcuts.
    Help,
    /// Leaves fullscreen, then the presenter view.
    Leave,
}

/// The command for a key (`KeyboardEvent.key`). Keys pressed with Ctrl, Alt or Meta stay
/// the browser's (printing, going back); clickers send arrows or PageUp/PageDown.
pub fn command_for_key(key: &str, with_modifier: bool) -> Option<Command> {
    if with_modifier {
        return None;
    }
    let command = match key {
        "ArrowRight" | "ArrowDown" | "PageDown" | " " | "Spacebar" | "Enter" => Command::Next,
        "ArrowLeft" | "ArrowUp" | "PageUp" | "Backspace" => Command::Previous,
        "Home" => Command::First,
        "End" => Command::Last,
        "b" | "B" | "." => Command::Blank,
        "f" | "F" => Command::Fullscreen,
        "?" => Command::Help,
        "Escape" | "Esc" => Command::Leave,
        _ => {
            let mut chars = key.chars();
            let digit = chars.next().and_then(|c| c.to_digit(10));
            return digit.filter(|_| chars.next().is_none()).map(Command::Step);
        }
    };
    Some(command)
}

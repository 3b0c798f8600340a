//! "Where could I start?": a few plain answers (experience, time, interests, comfort with
//! groups) turned into a short list of roles across the cycle, each with the reasons it
//! was suggested. Pure: the page only asks and shows.

use crate::content::{Facet, Roadmap, Step, Tag};

/// How much a person has taken part in projects like these.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Experience {
    None,
    Some,
    Much,
}

/// How much time a person can give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Time {
    Little,
    Monthly,
    Regular,
}

/// Whether a person prefers to act on their own or in a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Groups {
    Alone,
    Either,
    Together,
}

/// The answers; `None` where a question was left unanswered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub experience: Option<Experience>,
    pub time: Option<Time>,
    pub groups: Option<Groups>,
    /// Areas of involvement of interest; none means no preference.
    pub areas: Vec<Tag>,
}

/// Why a role was suggested, each reason a sentence the page writes out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// Its level of engagement suits someone starting out.
    GoodFirstStep,
    /// Its level suits someone with some experience.
    BuildsOnExperience,
    /// Its level asks for the experience the person has.
    UsesExperience,
    /// Its level fits the time the person has.
    FitsTime,
    /// It is taken alone, as the person prefers.
    OnYourOwn,
    /// It is taken with others, as the person prefers.
    WithOthers,
    /// It is in an area the person chose.
    Interest(Tag),
}

/// A suggested role: where it is, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub step: String,
    pub role: String,
    pub reasons: Vec<Reason>,
}

/// Suggestions shown at most.
pub const MAX_SUGGESTIONS: usize = 6;

/// A level's place on the continuum, from 0 (information) to 3 (partnership).
fn rank(level: Tag) -> u32 {
    match level {
        Tag::Information => 0,
        Tag::Consultation => 1,
        Tag::Collaboration => 2,
        _ => 3,
    }
}

impl Experience {
    /// The highest level to suggest, and the lowest that still uses this experience.
    fn levels(self) -> (u32, u32) {
        match self {
            Experience::None => (1, 0),
            Experience::Some => (2, 1),
            Experience::Much => (3, 2),
        }
    }
}

impl Time {
    /// The highest level this much time allows.
    fn most(self) -> u32 {
        match self {
            Time::Little => 1,
            Time::Monthly => 2,
            Time::Regular => 3,
        }
    }
}

/// Scores one role; `None` when it goes against an answer (a level beyond the person's
/// experience or time, the wrong setting for their comfort with groups, none of their
/// areas). Among the levels allowed, the highest scores best: the most say they can have.
fn score(answers: &Answers, tags: &[Tag]) -> Option<(u32, Vec<Reason>)> {
    let level = tags
        .iter()
        .copied()
        .find(|tag| tag.facet() == Facet::Level)
        .map(rank);
    let mut points = 0;
    let mut reasons = Vec::new();
    if let Some(level) = level {
        let cap = [
            answers.experience.map(|experience| experience.levels().0),
            answers.time.map(Time::most),
        ]
        .into_iter()
        .flatten()
        .min();
        if let Some(cap) = cap {
            if level > cap {
                return None;
            }
            points += 3 - (cap - level).min(3);
        }
        if let Some(experience) = answers.experience {
            if level >= experience.levels().1 {
                points += 2;
                reasons.push(match experience {
                    Experience::None => Reason::GoodFirstStep,
                    Experience::Some => Reason::BuildsOnExperience,
                    Experience::Much => Reason::UsesExperience,
                });
            }
        }
        if answers.time.is_some() {
            reasons.push(Reason::FitsTime);
        }
    }
    match answers.groups {
        Some(Groups::Alone) if tags.contains(&Tag::Individual) => {
            points += 2;
            reasons.push(Reason::OnYourOwn);
        }
        Some(Groups::Together) if tags.contains(&Tag::Collective) => {
            points += 2;
            reasons.push(Reason::WithOthers);
        }
        Some(Groups::Alone | Groups::Together) => return None,
        Some(Groups::Either) | None => {}
    }
    if !answers.areas.is_empty() {
        let shared: Vec<Tag> = answers
            .areas
            .iter()
            .copied()
            .filter(|area| tags.contains(area))
            .collect();
        if shared.is_empty() {
            return None;
        }
        points += 3;
        reasons.extend(shared.into_iter().map(Reason::Interest));
    }
    Some((points, reasons))
}

/// The roles that fit `answers`, at most one per step and [`MAX_SUGGESTIONS`] in all,
/// the best first chosen and then shown in the order of the cycle. Where nothing fits
/// every answer, nothing is suggested: the page then says which answer to loosen.
pub fn suggest(roadmap: &Roadmap, answers: &Answers) -> Vec<Suggestion> {
    let mut best: Vec<(u32, usize, &Step, &str, Vec<Reason>)> = Vec::new();
    for (index, step) in roadmap.all_steps().enumerate() {
        let top = step
            .roles
            .iter()
            .filter_map(|role| {
                score(answers, &role.tags).map(|(points, reasons)| (points, role, reasons))
            })
            // The first of equals, in the content's order.
            .fold(None, |best: Option<(u32, _, _)>, candidate| match best {
                Some(best) if best.0 >= candidate.0 => Some(best),
                _ => Some(candidate),
            });
        if let Some((points, role, reasons)) = top {
            best.push((points, index, step, role.id.as_str(), reasons));
        }
    }
    // Highest score first, earlier steps first among equals; then back to cycle order.
    best.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    best.truncate(MAX_SUGGESTIONS);
    best.sort_by_key(|entry| entry.1);
    best.into_iter()
        .map(|(_, _, step, role, reasons)| Suggestion {
            step: step.id.clone(),
            role: role.to_string(),
            reasons,
        })
        .collect()
}

impl Answers {
    /// The answers as kept on the device: `e=some;t=little;g=alone;a=research,care`.
    pub fn encode(&self) -> String {
        let mut parts = Vec::new();
        if let Some(experience) = self.experience {
            parts.push(format!("e={}", experience.code()));
        }
        if let Some(time) = self.time {
            parts.push(format!("t={}", time.code()));
        }
        if let Some(groups) = self.groups {
            parts.push(format!("g={}", groups.code()));
        }
        if !self.areas.is_empty() {
            let areas: Vec<&str> = self.areas.iter().map(|tag| tag.code()).collect();
            parts.push(format!("a={}", areas.join(",")));
        }
        parts.join(";")
    }

    /// Reads [`Answers::encode`]'s text; anything unreadable is left unanswered.
    pub fn decode(text: &str) -> Answers {
        let mut answers = Answers::default();
        for part in text.split(';') {
            let Some((key, value)) = part.split_once('=') else {
                continue;
            };
            match key {
                "e" => answers.experience = Experience::from_code(value),
                "t" => answers.time = Time::from_code(value),
                "g" => answers.groups = Groups::from_code(value),
                "a" => {
                    answers.areas = value
                        .split(',')
                        .filter_map(Tag::from_code)
                        .filter(|tag| tag.facet() == Facet::Area)
                        .collect();
                    answers.areas.dedup();
                }
                _ => {}
            }
        }
        answers
    }
}

macro_rules! codes {
    ($ty:ident { $($variant:ident => $code:literal),* $(,)? }) => {
        impl $ty {
            pub const ALL: &'static [$ty] = &[$($ty::$variant),*];

            pub fn code(self) -> &'static str {
                match self {
                    $($ty::$variant => $code),*
                }
            }

            pub fn from_code(code: &str) -> Option<$ty> {
                Self::ALL.iter().copied().find(|value| value.code() == code)
            }
        }
    };
}

codes!(Experience { None => "none", Some => "some", Much => "much" });
codes!(Time { Little => "little", Monthly => "monthly", Regular => "regular" });
codes!(Groups { Alone => "alone", Either => "either", Together => "together" });

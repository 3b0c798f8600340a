//! "Where could I start?": every set of answers gives roles that honour them, spread over
//! the cycle, each with its reasons; the answers kept on the device read back.

use lhs_roadmap::content::{parse, Facet, Roadmap, Tag};
use lhs_roadmap::start::{suggest, Answers, Experience, Groups, Reason, Time, MAX_SUGGESTIONS};

fn roadmap() -> Roadmap {
    parse(include_str!("../content/roadmap.json")).expect("the shipped content reads")
}

fn role_tags<'r>(roadmap: &'r Roadmap, id: &str) -> &'r [Tag] {
    roadmap
        .all_steps()
        .flat_map(|step| &step.roles)
        .find(|role| role.id == id)
        .map(|role| role.tags.as_slice())
        .expect("a suggested role exists")
}

fn level_of(tags: &[Tag]) -> Tag {
    *tags
        .iter()
        .find(|tag| tag.facet() == Facet::Level)
        .expect("a level")
}

#[test]
fn every_answer_is_honoured() {
    let roadmap = roadmap();
    let mut empty = Vec::new();
    for &experience in Experience::ALL {
        for &time in Time::ALL {
            for &groups in Groups::ALL {
                let answers = Answers {
                    experience: Some(experience),
                    time: Some(time),
                    groups: Some(groups),
                    areas: Vec::new(),
                };
                let suggestions = suggest(&roadmap, &answers);
                if suggestions.is_empty() {
                    empty.push(answers.encode());
                }
                assert!(suggestions.len() <= MAX_SUGGESTIONS);
                let mut steps: Vec<&str> = suggestions.iter().map(|s| s.step.as_str()).collect();
                steps.dedup();
                assert_eq!(steps.len(), suggestions.len(), "one role per step");
                for suggestion in &suggestions {
                    let tags = role_tags(&roadmap, &suggestion.role);
                    let level = level_of(tags);
                    assert!(suggestion.reasons.contains(&Reason::FitsTime));
                    // Never more than the time or the experience allows.
                    let rank = [
                        Tag::Information,
                        Tag::Consultation,
                        Tag::Collaboration,
                        Tag::Partnership,
                    ]
                    .iter()
                    .position(|tag| *tag == level)
                    .expect("a level");
                    let time_cap = match time {
                        Time::Little => 1,
                        Time::Monthly => 2,
                        Time::Regular => 3,
                    };
                    let experience_cap = match experience {
                        Experience::None => 1,
                        Experience::Some => 2,
                        Experience::Much => 3,
                    };
                    assert!(
                        rank <= time_cap.min(experience_cap),
                        "{}: {}",
                        answers.encode(),
                        suggestion.role
                    );
                    match groups {
                        Groups::Alone => assert!(tags.contains(&Tag::Individual)),
                        Groups::Together => assert!(tags.contains(&Tag::Collective)),
                        Groups::Either => {}
                    }
                }
            }
        }
    }
    assert!(empty.is_empty(), "no suggestion for {empty:?}");
}

#[test]
fn every_area_of_interest_finds_roles_and_says_so() {
    let roadmap = roadmap();
    for &area in Facet::Area.tags() {
        let answers = Answers {
            areas: vec![area],
            ..Answers::default()
        };
        let suggestions = suggest(&roadmap, &answers);
        assert!(!suggestions.is_empty(), "{}", area.code());
        for suggestion in suggestions {
            assert!(role_tags(&roadmap, &suggestion.role).contains(&area));
            assert_eq!(suggestion.reasons, [Reason::Interest(area)]);
        }
    }
}

#[test]
fn suggestions_follow_the_cycle() {
    let roadmap = roadmap();
    let answers = Answers {
        experience: Some(Experience::Some),
        ..Answers::default()
    };
    let suggestions = suggest(&roadmap, &answers);
    let order: Vec<usize> = suggestions
        .iter()
        .map(|s| roadmap.step_index(&s.step).expect("a step"))
        .collect();
    let mut sorted = order.clone();
    sorted.sort_unstable();
    assert_eq!(order, sorted);
    assert!(suggestions.len() > 1);
}

#[test]
fn answers_kept_on_the_device_read_back() {
    let answers = Answers {
        experience: Some(Experience::Much),
        time: Some(Time::Monthly),
        groups: Some(Groups::Together),
        areas: vec![Tag::Research, Tag::Care],
    };
    assert_eq!(
        answers.encode(),
        "e=much;t=monthly;g=together;a=research,care"
    );
    assert_eq!(Answers::decode(&answers.encode()), answers);
    assert_eq!(Answers::decode(""), Answers::default());
    let odd = Answers::decode("e=lots;t=little;a=family,policy,x;zz;g");
    assert_eq!(odd.experience, None);
    assert_eq!(odd.time, Some(Time::Little));
    assert_eq!(odd.areas, [Tag::Policy]);
}

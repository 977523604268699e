use peer_compass_core::{Answer, Flow, Screen, Step};

#[track_caller]
fn walk(items: usize, steps: &[Step]) -> Flow {
    steps
        .iter()
        .fold(Flow::new(items), |flow, &step| flow.step(step))
}

#[test]
fn screens_follow_each_step() {
    use Screen::*;
    use Step::*;
    #[rustfmt::skip]
    let table: Vec<(&[Step], Screen)> = vec![
        (&[], Welcome),
        (&[Start], Question(0)),
        (&[Start, Next, Next], Question(2)),
        (&[Start, Next, Next, Next], Check),
        (&[Start, Back], Welcome),
        (&[Start, Next, Back], Question(0)),
        (&[Start, Next, Next, Next, Back], Question(2)),
        (&[Start, Next, Next, Next, SeeResult], Result),
        (&[Start, Next, Next, Next, SeeResult, Back], Check),
        // A change from the check page returns there, by Next or by Back.
        (&[Start, Next, Next, Next, Change(1)], Question(1)),
        (&[Start, Next, Next, Next, Change(1), Next], Check),
        (&[Start, Next, Next, Next, Change(1), Back], Check),
        // Steps that make no sense here change nothing.
        (&[SeeResult], Welcome),
        (&[Start, SeeResult], Question(0)),
        (&[Start, Change(2)], Question(0)),
        (&[Start, Next, Next, Next, Change(9)], Check),
        (&[Start, Next, Next, Next, SeeResult, Restart], Welcome),
    ];
    for (steps, screen) in table {
        assert_eq!(walk(3, steps).screen, screen, "{steps:?}");
    }
}

#[test]
fn answers_are_kept_going_back_and_forth() {
    let flow = walk(
        3,
        &[
            Step::Start,
            Step::Answer(Some(Answer::Point(4))),
            Step::Next,
            Step::Next,
            Step::Answer(Some(Answer::DontKnow)),
            Step::Back,
            Step::Back,
        ],
    );
    assert_eq!(flow.screen, Screen::Question(0));
    assert_eq!(
        flow.answers.slots(),
        &[Some(Answer::Point(4)), None, Some(Answer::DontKnow)]
    );
    let cleared = flow.step(Step::Answer(None));
    assert_eq!(cleared.answers.get(0), None);
}

#[test]
fn a_change_keeps_its_return_only_on_that_question() {
    let flow = walk(
        3,
        &[
            Step::Start,
            Step::Next,
            Step::Next,
            Step::Next,
            Step::Change(0),
        ],
    );
    assert!(flow.returning);
    let answered = flow.step(Step::Answer(Some(Answer::Point(5))));
    assert!(answered.returning, "answering does not leave the question");
    let back = answered.step(Step::Next);
    assert!(!back.returning);
    assert_eq!(back.answers.get(0), Some(Answer::Point(5)));
}

#[test]
fn restart_clears_every_answer() {
    let flow = walk(
        2,
        &[
            Step::Start,
            Step::Answer(Some(Answer::Point(1))),
            Step::Restart,
        ],
    );
    assert_eq!(flow, Flow::new(2));
}

#[test]
fn progress_counts_from_one() {
    assert_eq!(
        walk(24, &[Step::Start, Step::Next]).progress(),
        Some((2, 24))
    );
    assert_eq!(walk(24, &[]).progress(), None);
}

#[test]
fn an_empty_questionnaire_goes_straight_to_check() {
    assert_eq!(walk(0, &[Step::Start]).screen, Screen::Check);
    assert_eq!(walk(0, &[Step::Start, Step::Back]).screen, Screen::Welcome);
}

#[test]
fn fresh_means_the_welcome_with_nothing_answered() {
    assert!(Flow::new(3).is_fresh());
    assert!(!walk(3, &[Step::Start]).is_fresh());
    // Back at the welcome with nothing answered is fresh again; with an
    // answer it is not (it is worth keeping).
    assert!(walk(3, &[Step::Start, Step::Back]).is_fresh());
    assert!(!walk(
        3,
        &[
            Step::Start,
            Step::Answer(Some(Answer::Point(2))),
            Step::Back
        ]
    )
    .is_fresh());
}

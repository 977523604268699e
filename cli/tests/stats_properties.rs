//! Property tests for `peer_compass_cli::stats`.

use peer_compass_cli::stats::{
    cronbach_alpha, guttman_reproducibility, item_rest_correlations, loevinger_h,
    loevinger_h_items, omega_total,
};
use proptest::prelude::*;

type Numeric = Vec<Vec<Option<f64>>>;
type Binary = Vec<Vec<Option<bool>>>;

/// A rectangular table with some missing answers; values are Likert-like
/// integers or arbitrary finite reals.
fn numeric_table(max_rows: usize, max_items: usize) -> impl Strategy<Value = Numeric> {
    let value = prop_oneof![
        4 => (1..=5i32).prop_map(|x| Some(f64::from(x))),
        2 => (-1e3..1e3f64).prop_map(Some),
        1 => Just(None),
    ];
    (0..=max_items).prop_flat_map(move |k| {
        prop::collection::vec(prop::collection::vec(value.clone(), k), 0..=max_rows)
    })
}

/// A rectangular table of dichotomous answers with some missing.
fn binary_table(max_rows: usize, max_items: usize) -> impl Strategy<Value = Binary> {
    let value = prop_oneof![8 => any::<bool>().prop_map(Some), 1 => Just(None)];
    (0..=max_items).prop_flat_map(move |k| {
        prop::collection::vec(prop::collection::vec(value.clone(), k), 0..=max_rows)
    })
}

/// Anything at all: ragged rows, NaN, infinities, huge and tiny values.
fn wild_table() -> impl Strategy<Value = Numeric> {
    let value = prop_oneof![
        any::<f64>().prop_map(Some),
        Just(Some(f64::NAN)),
        Just(Some(f64::INFINITY)),
        Just(Some(1e308)),
        Just(Some(0.1)),
        Just(None),
    ];
    prop::collection::vec(prop::collection::vec(value, 0..6), 0..15)
}

fn same(a: Option<f64>, b: Option<f64>, tol: f64) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => (x - y).abs() <= tol * (1.0 + x.abs().max(y.abs())),
        _ => false,
    }
}

fn same_all(a: &[Option<f64>], b: &[Option<f64>], tol: f64) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(&x, &y)| same(x, y, tol))
}

/// Rows of a perfect cumulative ladder with `k` rungs: a respondent who
/// endorses `s` rungs endorses exactly the first `s`.
fn perfect_ladder(k: usize, totals: &[usize]) -> Binary {
    totals
        .iter()
        .map(|&s| (0..k).map(|j| Some(j < s % (k + 1))).collect())
        .collect()
}

proptest! {
    #[test]
    fn alpha_is_one_for_identical_items(
        x in prop::collection::vec(1..=5i32, 2..40),
        k in 2usize..7,
    ) {
        prop_assume!(x.iter().any(|&v| v != x[0]));
        let rows: Numeric = x.iter().map(|&v| vec![Some(f64::from(v)); k]).collect();
        let alpha = cronbach_alpha(&rows).unwrap();
        prop_assert!((alpha - 1.0).abs() < 1e-12, "alpha = {}", alpha);
    }

    /// Signal items share a true score t ∈ 0..=10 plus noise in {−1, 0, 1};
    /// the last item is independent noise in 0..=10. Replacing it by a copy
    /// of the first signal item must raise α. (A numpy simulation of 200,000
    /// such tables found a smallest gain of 0.0197.)
    #[test]
    fn alpha_rises_when_noise_is_replaced_by_a_copy(
        data in (2usize..5, 20usize..50).prop_flat_map(|(m, n)| (
            prop::collection::vec(0..=10i32, n),
            prop::collection::vec(prop::collection::vec(-1..=1i32, m), n),
            prop::collection::vec(0..=10i32, n),
        ))
    ) {
        let (t, e, noise) = data;
        let signal: Vec<Vec<f64>> = t
            .iter()
            .zip(&e)
            .map(|(&t, e)| e.iter().map(|&d| f64::from(t + d)).collect())
            .collect();
        let with_noise: Numeric = signal
            .iter()
            .zip(&noise)
            .map(|(s, &z)| s.iter().copied().chain([f64::from(z)]).map(Some).collect())
            .collect();
        let with_copy: Numeric = signal
            .iter()
            .map(|s| s.iter().copied().chain([s[0]]).map(Some).collect())
            .collect();
        let before = cronbach_alpha(&with_noise).unwrap();
        let after = cronbach_alpha(&with_copy).unwrap();
        prop_assert!(after > before, "{} !> {}", after, before);
    }

    #[test]
    fn item_rest_correlations_lie_in_unit_interval(rows in numeric_table(30, 6)) {
        let r = item_rest_correlations(&rows);
        prop_assert_eq!(r.len(), rows.first().map_or(0, Vec::len));
        for v in r.into_iter().flatten() {
            prop_assert!((-1.0..=1.0).contains(&v), "r = {}", v);
        }
    }

    #[test]
    fn perfect_ladder_has_cr_and_h_of_one(
        k in 2usize..7,
        totals in prop::collection::vec(0usize..7, 1..40),
    ) {
        let rows = perfect_ladder(k, &totals);
        prop_assert_eq!(guttman_reproducibility(&rows), Some(1.0));
        let varies: Vec<bool> = (0..k)
            .map(|j| {
                let first = rows[0][j];
                rows.iter().any(|r| r[j] != first)
            })
            .collect();
        let varying = varies.iter().filter(|&&v| v).count();
        let h = loevinger_h(&rows);
        if varying >= 2 {
            prop_assert_eq!(h, Some(1.0));
        } else {
            prop_assert_eq!(h, None);
        }
        for (j, hi) in loevinger_h_items(&rows).into_iter().enumerate() {
            if varies[j] && varying >= 2 {
                prop_assert_eq!(hi, Some(1.0));
            } else {
                prop_assert_eq!(hi, None);
            }
        }
    }

    #[test]
    fn h_is_at_most_one_and_cr_in_unit_interval(rows in binary_table(40, 7)) {
        if let Some(h) = loevinger_h(&rows) {
            prop_assert!(h <= 1.0, "H = {}", h);
        }
        for hi in loevinger_h_items(&rows).into_iter().flatten() {
            prop_assert!(hi <= 1.0, "Hi = {}", hi);
        }
        if let Some(cr) = guttman_reproducibility(&rows) {
            prop_assert!((0.0..=1.0).contains(&cr), "CR = {}", cr);
        }
    }

    #[test]
    fn numeric_results_do_not_depend_on_respondent_order(
        (rows, shuffled) in numeric_table(30, 6)
            .prop_flat_map(|rows| (Just(rows.clone()), Just(rows).prop_shuffle()))
    ) {
        prop_assert!(same(cronbach_alpha(&rows), cronbach_alpha(&shuffled), 1e-9));
        prop_assert!(same(omega_total(&rows), omega_total(&shuffled), 1e-6));
        prop_assert!(same_all(
            &item_rest_correlations(&rows),
            &item_rest_correlations(&shuffled),
            1e-9,
        ));
    }

    /// Complete Likert data with a common factor, so that ω is usually
    /// defined and the order test above is not only about `None`.
    #[test]
    fn omega_does_not_depend_on_respondent_order(
        (rows, shuffled) in (3usize..6, 12usize..40)
            .prop_flat_map(|(k, n)| prop::collection::vec(
                (0..=4i32, prop::collection::vec(0..=1i32, k)), n))
            .prop_map(|rows| rows
                .into_iter()
                .map(|(t, e)| e.into_iter().map(|d| Some(f64::from(t + d))).collect())
                .collect::<Numeric>())
            .prop_flat_map(|rows| (Just(rows.clone()), Just(rows).prop_shuffle()))
    ) {
        let a = omega_total(&rows);
        prop_assert!(same(a, omega_total(&shuffled), 1e-6));
        if let Some(w) = a {
            prop_assert!(w > 0.0 && w < 1.0, "omega = {}", w);
        }
    }

    #[test]
    fn ladder_results_do_not_depend_on_respondent_order(
        (rows, shuffled) in binary_table(40, 6)
            .prop_flat_map(|rows| (Just(rows.clone()), Just(rows).prop_shuffle()))
    ) {
        prop_assert_eq!(guttman_reproducibility(&rows), guttman_reproducibility(&shuffled));
        prop_assert_eq!(loevinger_h(&rows), loevinger_h(&shuffled));
        prop_assert_eq!(loevinger_h_items(&rows), loevinger_h_items(&shuffled));
    }

    /// H and Hᵢ use the sample's proportions, not the column order.
    #[test]
    fn h_does_not_depend_on_column_order(
        rows in binary_table(40, 6),
        seed in any::<u64>(),
    ) {
        let k = rows.first().map_or(0, Vec::len);
        let mut order: Vec<usize> = (0..k).collect();
        // Deterministic shuffle from the seed (Fisher–Yates with an LCG).
        let mut state = seed;
        for i in (1..k).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            order.swap(i, (state >> 33) as usize % (i + 1));
        }
        let permuted: Binary = rows
            .iter()
            .map(|r| order.iter().map(|&j| r[j]).collect())
            .collect();
        prop_assert!(same(loevinger_h(&rows), loevinger_h(&permuted), 1e-12));
        let hi = loevinger_h_items(&rows);
        let hp = loevinger_h_items(&permuted);
        for (new, &old) in order.iter().enumerate() {
            prop_assert!(same(hi[old], hp[new], 1e-12));
        }
    }

    #[test]
    fn numeric_functions_never_panic(rows in wild_table()) {
        for v in [cronbach_alpha(&rows), omega_total(&rows)].into_iter().flatten() {
            prop_assert!(v.is_finite());
        }
        for v in item_rest_correlations(&rows).into_iter().flatten() {
            prop_assert!((-1.0..=1.0).contains(&v));
        }
    }

    #[test]
    fn random_numeric_data_gives_finite_results(rows in numeric_table(40, 8)) {
        for v in [cronbach_alpha(&rows), omega_total(&rows)].into_iter().flatten() {
            prop_assert!(v.is_finite());
        }
        if let Some(w) = omega_total(&rows) {
            prop_assert!(w > 0.0 && w < 1.0, "omega = {}", w);
        }
    }

    #[test]
    fn binary_functions_never_panic(
        rows in prop::collection::vec(
            prop::collection::vec(prop::option::of(any::<bool>()), 0..6), 0..15)
    ) {
        let _ = guttman_reproducibility(&rows);
        let _ = loevinger_h(&rows);
        let _ = loevinger_h_items(&rows);
    }
}

#[test]
fn degenerate_inputs_do_not_panic() {
    let numeric: Vec<Numeric> = vec![
        vec![],
        vec![vec![]],
        vec![vec![]; 5],
        vec![vec![Some(1.0), Some(2.0), Some(3.0)]],
        vec![vec![None; 4]; 12],
        vec![vec![Some(2.0); 4]; 12],
        (0..12)
            .map(|i| vec![Some(f64::from(i)), Some(3.0), Some(-f64::from(i))])
            .collect(),
    ];
    for rows in &numeric {
        let _ = cronbach_alpha(rows);
        let _ = omega_total(rows);
        let r = item_rest_correlations(rows);
        assert_eq!(r.len(), rows.iter().map(Vec::len).max().unwrap_or(0));
    }
    // Constant columns, all missing, empty: no statistic.
    assert_eq!(cronbach_alpha(&numeric[5]), None);
    assert_eq!(omega_total(&numeric[5]), None);
    assert_eq!(item_rest_correlations(&numeric[5]), vec![None; 4]);
    assert_eq!(omega_total(&numeric[4]), None);
    let binary: Vec<Binary> = vec![
        vec![],
        vec![vec![]],
        vec![vec![Some(true)]],
        vec![vec![None; 3]; 4],
        vec![vec![Some(true); 3]; 4],
    ];
    for rows in &binary {
        assert_eq!(loevinger_h(rows), None);
        let hi = loevinger_h_items(rows);
        assert!(hi.iter().all(Option::is_none));
    }
}

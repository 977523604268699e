//! Every text of the trainer's views (`mode="trainer"` and `mode="teach"`),
//! one table per language: collecting codes, the group picture, its prompts
//! for discussion with their grounding in the paper, before and after,
//! presenting, and teaching the model.
//!
//! As with [`super::Strings`], a table is a `const` [`TrainerStrings`]: a
//! missing string is a compile error. Rung and dimension names come from the
//! content, so they are the participant's own words.

use crate::lang::Lang;

table! {
    /// Every fixed text of the trainer's views, in one language.
    TrainerStrings {
        /// The region's name, and the brand line at the top.
        brand,
        error_heading,
        nav_label,
        view_codes,
        view_picture,
        view_compare,
        view_teach,
        present,
        privacy,

        // Collecting codes.
        codes_heading,
        codes_lead,
        share_heading,
        share_lead,
        questionnaire_label,
        questionnaire_hint,
        /// `{address}`.
        qr_caption,
        qr_too_long,
        qr_not_link,
        share_present,
        round_legend,
        round_first,
        round_second,
        /// A number of codes: `{count}` when it is one, and otherwise. Templates
        /// take it as `{codes}`.
        code_one,
        code_many,
        /// `{round}` (as a title), `{codes}`.
        round_option,
        add_heading,
        paste_label,
        paste_hint,
        paste_button,
        type_label,
        type_hint,
        type_button,
        file_label,
        file_hint,
        /// `{size}`: in kilobytes.
        file_too_large,
        file_unreadable,
        scan_heading,
        scan_text,
        /// `{count}`.
        batch_counted,
        /// `{count}`.
        batch_not_counted,
        batch_from_link,
        /// `{count}`.
        batch_more,
        /// `{count}`.
        batch_more_problems,
        nothing_found,
        outcome_counted,
        outcome_again,
        outcome_duplicate,
        count_again,
        /// `{version}`: the code's, `{current}`: this questionnaire's.
        outcome_other_version,
        /// `{current}`.
        outcome_other_unknown,
        outcome_typo,
        /// `{count}`: the characters the text has.
        outcome_length,
        /// `{char}`.
        outcome_character,
        outcome_unknown,
        /// `{codes}`, `{round}` (mid-sentence).
        counted_in_round,
        /// `{codes}`: opens the list of codes.
        list_show,
        remove,
        /// `{code}`: completes "Remove" for screen readers.
        remove_hidden,
        /// `{code}`.
        removed,
        clear_button,
        /// `{codes}`, `{round}` (mid-sentence).
        clear_confirm,
        clear_yes,
        clear_no,
        /// `{round}` (mid-sentence).
        cleared,
        download_codes,
        keep_label,
        keep_note,
        keep_unavailable,
        keep_failed,
        /// `{count}`.
        keep_dropped,
        keep_unreadable,

        // The group picture.
        picture_heading,
        /// `{round}` (as a title), `{codes}`.
        picture_lead,
        /// `{min}`, `{count}`.
        below_minimum,
        no_codes_yet,
        go_to_codes,
        ladder_heading,
        ladder_lead,
        step_not_placed,
        step_token,
        step_little_room,
        /// `{rung}`, `{next}`: names mid-sentence.
        step_between,
        /// `{count}`.
        uneven_note,
        table_step,
        table_count,
        table_share,
        spreads_heading,
        spreads_lead,
        conditions_note,
        /// `{value}`.
        median_label,
        table_area,
        table_scores,
        table_median,
        table_range,
        table_missing,
        /// `{low}`, `{high}`.
        range,
        show_table,
        modes_heading,
        modes_lead,
        mode_none,
        mode_consumer,
        mode_participative,
        mode_enhanced,
        table_mode,
        prompts_heading,
        prompts_lead,
        grounding_label,
        prompt_ideas_title,
        prompt_ideas,
        prompt_ideas_grounding,
        prompt_token_title,
        prompt_token,
        prompt_token_grounding,
        prompt_early_title,
        prompt_early,
        prompt_early_grounding,
        prompt_uneven_title,
        prompt_uneven,
        prompt_uneven_grounding,
        prompt_spread_title,
        prompt_spread,
        prompt_spread_grounding,
        prompt_knowledge_title,
        prompt_knowledge,
        prompt_knowledge_grounding,
        prompt_next_title,
        prompt_next,
        prompt_next_grounding,
        export_heading,
        export_csv,
        print,

        // Before and after.
        compare_heading,
        compare_lead,
        /// `{round}` (mid-sentence), `{codes}`, `{min}`.
        compare_missing,
        compare_steps,
        compare_medians,
        table_change,

        // Presenting.
        present_label,
        present_previous,
        present_next,
        present_leave,
        /// `{n}`, `{total}`.
        present_position,
        present_keys,
        panel_join,
        panel_profile,
        panel_conditions,

        // Teaching the model.
        teach_heading,
        teach_lead,
        teach_diagram_caption,
        /// Along the diagram's arrow.
        teach_more_involvement,
        teach_roles_heading,
        teach_co_implementor,
        teach_co_designer,
        teach_initiator,
        teach_mode_label,
        teach_modes_heading,
        teach_modes_lead,
        teach_consumer,
        teach_participative,
        teach_enhanced,
        teach_cocreation_name,
        teach_cocreation,
        teach_token_heading,
        teach_token_name,
        /// Under the name, in the diagram.
        teach_token_short,
        teach_token,
        teach_conditions_heading,
        teach_conditions,
        teach_questions_heading,
        teach_question_1,
        teach_question_2,
        teach_question_3,
        teach_source,
    }
}

/// English.
pub const TRAINER_EN: TrainerStrings = TrainerStrings {
    brand: "Peer Compass for trainers",
    error_heading: "Peer Compass cannot start",
    nav_label: "Trainer views",
    view_codes: "Codes",
    view_picture: "Group picture",
    view_compare: "Before and after",
    view_teach: "The model",
    present: "Present",
    privacy: "Nothing leaves this device. The codes are only kept while this page is open, unless you choose to keep them.",

    codes_heading: "Collect codes",
    codes_lead: "When people finish the questionnaire, each gets a short code. It holds their role on the ladder and their scores, never their answers. Collect the codes here to see the group's picture.",
    share_heading: "Share the questionnaire",
    share_lead: "Show this QR code to the room. People scan it to open the questionnaire on their phones.",
    questionnaire_label: "The questionnaire's address",
    questionnaire_hint: "For example https://example.org/peer-compass/",
    qr_caption: "Open {address}",
    qr_too_long: "This address is too long for a QR code. Share it as text, or use a shorter address.",
    qr_not_link: "Phones open this as a link only if it starts with https:// or http://.",
    share_present: "Show the QR code to the room",
    round_legend: "Add codes to",
    round_first: "First round",
    round_second: "Second round",
    code_one: "{count} code",
    code_many: "{count} codes",
    round_option: "{round} ({codes})",
    add_heading: "Add codes",
    paste_label: "Paste codes, or a whole chat log",
    paste_hint: "One code per line, or any text: the codes are picked out of it.",
    paste_button: "Add the codes",
    type_label: "Type a code",
    type_hint: "11 characters, like K7QF-2M9X-Q3Z. Small letters and missing dashes are fine.",
    type_button: "Add",
    file_label: "Load a text file",
    file_hint: "A saved chat, or a list of codes.",
    file_too_large: "That file is too large ({size} KB). Load a text file under 2 MB.",
    file_unreadable: "That file could not be read. Nothing has changed.",
    scan_heading: "Scan a code",
    scan_text: "A person's result can show a QR code. Scan it with this device's camera: it opens this page and adds the code. To collect several this way, first tick “Keep this session on this device”, so that every scan adds to the same session.",
    batch_counted: "{count} counted",
    batch_not_counted: "{count} not counted",
    batch_from_link: "From the link you opened:",
    batch_more: "And {count} more counted.",
    batch_more_problems: "And {count} more not counted.",
    nothing_found: "No codes found in that text. A code has 11 characters, like K7QF-2M9X-Q3Z.",
    outcome_counted: "counted.",
    outcome_again: "counted again.",
    outcome_duplicate: "already counted in this round. Two people can get the same code: if someone else sent it, count it again.",
    count_again: "Count it again",
    outcome_other_version: "made with questionnaire version {version}, not {current}. Not counted: the statements differ.",
    outcome_other_unknown: "made with another version of the questionnaire, not {current}. Not counted: the statements differ.",
    outcome_typo: "a character is mistyped, or two are swapped. Ask the person to read it again.",
    outcome_length: "a code has 11 characters; this has {count}.",
    outcome_character: "“{char}” is not used in codes.",
    outcome_unknown: "this is not a Peer Compass code.",
    counted_in_round: "{codes} counted in the {round}.",
    list_show: "Show the {codes}",
    remove: "Remove",
    remove_hidden: "code {code}",
    removed: "Code {code} removed.",
    clear_button: "Clear this round",
    clear_confirm: "Remove {codes} from the {round}? This cannot be undone.",
    clear_yes: "Yes, clear them",
    clear_no: "No, keep them",
    cleared: "The {round} is empty now.",
    download_codes: "Download the codes (text file)",
    keep_label: "Keep this session on this device",
    keep_note: "Off unless you tick it. Anyone who uses this browser can then see the codes, so leave it off on a shared computer. Turning it off deletes what was kept.",
    keep_unavailable: "This browser does not allow anything to be kept on this device. The codes are gone when you close the page. You can download them.",
    keep_failed: "The session could not be kept on this device: the browser's storage may be full. Nothing else has changed.",
    keep_dropped: "Left out because they were made with another questionnaire version: {count} kept codes.",
    keep_unreadable: "What was kept on this device could not be read, so the session starts empty.",

    picture_heading: "Group picture",
    picture_lead: "{round}: {codes}.",
    below_minimum: "The group picture shows when at least {min} codes are counted, so that no one's result can be picked out. {count} so far.",
    no_codes_yet: "No codes yet.",
    go_to_codes: "Collect codes",
    ladder_heading: "Roles on the ladder",
    ladder_lead: "How many roles are on each step. This describes roles and the room they are given, not people.",
    step_not_placed: "Not enough answers",
    step_token: "Token role",
    step_little_room: "Little room yet",
    step_between: "Between {rung} and {next}",
    uneven_note: "Roles on the ladder with a pattern of their own (more of a higher role than of a lower one): {count}.",
    table_step: "Step",
    table_count: "Roles",
    table_share: "Share",
    spreads_heading: "Each area across the group",
    spreads_lead: "Each dot is one person's score from 0 to 100. The line marks the median: half of the scores are below it, half above.",
    conditions_note: "Conditions at work describe what the workplaces offer, not the people.",
    median_label: "median {value}",
    table_area: "Area",
    table_scores: "Scores",
    table_median: "Median",
    table_range: "Lowest to highest",
    table_missing: "Too few answers",
    range: "{low} to {high}",
    show_table: "Show as a table",
    modes_heading: "Modes of co-production",
    modes_lead: "Which mode of co-production each role is in.",
    mode_none: "No mode yet",
    mode_consumer: "Consumer co-production",
    mode_participative: "Participative co-production",
    mode_enhanced: "Enhanced co-production",
    table_mode: "Mode",
    prompts_heading: "Questions for discussion",
    prompts_lead: "Chosen from this group's picture. Each comes with the reason it matters.",
    grounding_label: "Why it matters:",
    prompt_ideas_title: "From ideas to decisions",
    prompt_ideas: "Most roles here are co-implementor roles, and the conditions at work are weak. What stops the ideas from your daily work from reaching the people who decide?",
    prompt_ideas_grounding: "Front-line workers see what service users need and have ideas. When no one takes those ideas to decisions, routines win over users' needs (Engen & Magnusson 2015; Åkerblom 2021).",
    prompt_token_title: "Roles with too little room",
    prompt_token: "Some roles here have little room even to shape their own support. What would give these roles a real say, and who can change that?",
    prompt_token_grounding: "A token role is a peer role that exists on paper without real influence. It is about how the role is set up, not about the person (Gillard et al. 2015; Arnstein 1969).",
    prompt_early_title: "Being asked early",
    prompt_early: "Many roles are between co-implementor and co-designer. Who invites peer support workers in early, when problems are defined and services planned? How could that happen more often?",
    prompt_early_grounding: "Being involved early, when services are planned, is what lets co-production improve services and not only single meetings (Osborne & Strokosch 2013).",
    prompt_uneven_title: "Different amounts of say",
    prompt_uneven: "Influence differs a lot within this group. What do the places where peer support workers have more say do differently?",
    prompt_uneven_grounding: "Whether a peer role gains ground depends on the workplace as much as on the person: leaders, colleagues and policy (De Vries, Bekkers & Tummers 2016; Zeng, Chung & McNamara 2020).",
    prompt_spread_title: "Spreading what was started",
    prompt_spread: "Some roles here have started something new. What helped? How could others learn from it or join in?",
    prompt_spread_grounding: "People who have solved problems in their own lives can try out new solutions ahead of others, as lead users do (von Hippel 1986). New ideas spread when leaders and policy back them (De Vries, Bekkers & Tummers 2016).",
    prompt_knowledge_title: "Where experience is shared",
    prompt_knowledge: "Answers about using experiential knowledge are low in this group. Where could knowledge from lived experience be shared, put into words and used?",
    prompt_knowledge_grounding: "Knowledge from lived experience is often tacit: hard to put into words. It can be shared and valued when people meet in a shared setting, such as a forum (Collins 2013).",
    prompt_next_title: "Room to do more",
    prompt_next: "If people in this group want more room to shape services, what would make that possible? What is needed from the workplace?",
    prompt_next_grounding: "Lived experience, networks and a place between service users and services are good reasons for co-designer and initiator roles (Voorberg, Bekkers & Tummers 2015; Åkerblom 2021).",
    export_heading: "Take the picture with you",
    export_csv: "Download the summary for a spreadsheet (CSV)",
    print: "Print or save as PDF (A4)",

    compare_heading: "Before and after",
    compare_lead: "Compare two rounds, for example the start and the end of a course. Collect the second round on the Codes page. The groups may not be the same people.",
    compare_missing: "The {round} has {codes}. At least {min} are needed to show it.",
    compare_steps: "Roles on the ladder, side by side",
    compare_medians: "Medians by area",
    table_change: "Change",

    present_label: "Presentation",
    present_previous: "Previous",
    present_next: "Next",
    present_leave: "Leave the presentation",
    present_position: "{n} of {total}",
    present_keys: "Arrow keys move between panels. Esc leaves.",
    panel_join: "Open the questionnaire",
    panel_profile: "The group's profile",
    panel_conditions: "Conditions at work",

    teach_heading: "The model: three roles on a ladder",
    teach_lead: "Peer Compass describes the role a peer support worker has at work, not the person. It uses a ladder of three roles from research on co-production (Voorberg, Bekkers & Tummers 2015). The ladder is for reflection. Good one-to-one support is the base the other roles build on, and not every role has to climb.",
    teach_diagram_caption: "The ladder of roles, with the mode of co-production each one belongs to. A token role sits below the ladder.",
    teach_more_involvement: "More involvement",
    teach_roles_heading: "Three roles",
    teach_co_implementor: "Gives support in services that others planned, and fits it to each service user with knowledge from lived experience. This is the most common role. It gives service users more say in their own support (Gagne et al. 2018).",
    teach_co_designer: "Helps improve or design services that others started. Is asked early, takes part in setting priorities or in working groups, and sees ideas lead to change.",
    teach_initiator: "Starts new services, activities or solutions, often tries them out on a small scale first, and brings others together to make them happen (von Hippel 1986).",
    teach_mode_label: "Mode:",
    teach_modes_heading: "Modes of co-production",
    teach_modes_lead: "Three ways service users and services work together (Osborne & Strokosch 2013):",
    teach_consumer: "The worker and the service user shape the support together, one to one.",
    teach_participative: "Service users' views are brought in to improve services that already exist.",
    teach_enhanced: "One-to-one work and shaping the service are joined, in a real partnership that can change how services work.",
    teach_cocreation_name: "Co-creation",
    teach_cocreation: "Co-production means making a service that is already decided, together. Co-creation means deciding together what the problem is, and designing something new (Brandsen & Honingh 2016; Torfing, Sørensen & Røiseland 2019).",
    teach_token_heading: "Token roles",
    teach_token_name: "Token role",
    teach_token_short: "A role on paper, without real influence",
    teach_token: "A token role exists on paper, without real influence: little room even to shape one's own support, few tasks that use lived experience, not being asked, and weak backing at work (Gillard et al. 2015). Arnstein (1969) calls this tokenism and places it below real participation. It says how the role is set up, not who the person is.",
    teach_conditions_heading: "What the workplace gives",
    teach_conditions: "Whether a role can grow depends on the workplace as much as on the person: support from leaders and colleagues, forums to share experience, time, and a real say (De Vries, Bekkers & Tummers 2016; Zeng, Chung & McNamara 2020).",
    teach_questions_heading: "To talk about",
    teach_question_1: "Which role fits the work you do today? Which parts of your work fit another role?",
    teach_question_2: "When were you last asked early, before a decision was made?",
    teach_question_3: "If you want your role to do more to shape services, what would your workplace need to change?",
    teach_source: "Based on Åkerblom (2021): When peer support workers engage in co-creating mental health services.",
};

/// Norwegian Bokmål.
pub const TRAINER_NB: TrainerStrings = TrainerStrings {
    brand: "Peer Compass for kursledere",
    error_heading: "Peer Compass kan ikke starte",
    nav_label: "Visninger for kursleder",
    view_codes: "Koder",
    view_picture: "Gruppebildet",
    view_compare: "Før og etter",
    view_teach: "Modellen",
    present: "Presenter",
    privacy: "Ingenting forlater denne enheten. Kodene blir bare tatt vare på mens siden er åpen, med mindre du velger å lagre dem.",

    codes_heading: "Samle inn koder",
    codes_lead: "Når deltakerne er ferdige med spørreskjemaet, får hver av dem en kort kode. Den inneholder rollen på stigen og poengene, aldri svarene. Samle kodene her for å se bildet av gruppen.",
    share_heading: "Del spørreskjemaet",
    share_lead: "Vis denne QR-koden i rommet. Deltakerne skanner den for å åpne spørreskjemaet på mobilen.",
    questionnaire_label: "Adressen til spørreskjemaet",
    questionnaire_hint: "For eksempel https://example.org/peer-compass/",
    qr_caption: "Åpne {address}",
    qr_too_long: "Adressen er for lang til en QR-kode. Del den som tekst, eller bruk en kortere adresse.",
    qr_not_link: "Mobiler åpner dette som en lenke bare hvis det begynner med https:// eller http://.",
    share_present: "Vis QR-koden i rommet",
    round_legend: "Legg til koder i",
    round_first: "Første runde",
    round_second: "Andre runde",
    code_one: "{count} kode",
    code_many: "{count} koder",
    round_option: "{round} ({codes})",
    add_heading: "Legg til koder",
    paste_label: "Lim inn koder, eller en hel chat-logg",
    paste_hint: "Én kode per linje, eller hvilken som helst tekst: kodene blir plukket ut.",
    paste_button: "Legg til kodene",
    type_label: "Skriv inn en kode",
    type_hint: "11 tegn, som K7QF-2M9X-Q3Z. Små bokstaver og manglende bindestreker går fint.",
    type_button: "Legg til",
    file_label: "Last inn en tekstfil",
    file_hint: "En lagret chat, eller en liste med koder.",
    file_too_large: "Filen er for stor ({size} kB). Last inn en tekstfil under 2 MB.",
    file_unreadable: "Filen kunne ikke leses. Ingenting er endret.",
    scan_heading: "Skann en kode",
    scan_text: "Resultatet til en deltaker kan vise en QR-kode. Skann den med kameraet på denne enheten: da åpnes denne siden, og koden blir lagt til. Vil du samle flere på denne måten, krysser du først av for «Lagre økten på denne enheten», så havner alle skanningene i samme økt.",
    batch_counted: "{count} telt med",
    batch_not_counted: "{count} ikke telt med",
    batch_from_link: "Fra lenken du åpnet:",
    batch_more: "Og {count} til er telt med.",
    batch_more_problems: "Og {count} til er ikke telt med.",
    nothing_found: "Fant ingen koder i teksten. En kode har 11 tegn, som K7QF-2M9X-Q3Z.",
    outcome_counted: "telt med.",
    outcome_again: "telt med en gang til.",
    outcome_duplicate: "er allerede telt med i denne runden. To personer kan få samme kode: hvis noen andre sendte den, kan du telle den med en gang til.",
    count_again: "Tell den med igjen",
    outcome_other_version: "laget med spørreskjemaversjon {version}, ikke {current}. Ikke telt med: utsagnene er ulike.",
    outcome_other_unknown: "laget med en annen versjon av spørreskjemaet, ikke {current}. Ikke telt med: utsagnene er ulike.",
    outcome_typo: "et tegn er skrevet feil, eller to har byttet plass. Be personen lese den opp igjen.",
    outcome_length: "en kode har 11 tegn; denne har {count}.",
    outcome_character: "«{char}» brukes ikke i koder.",
    outcome_unknown: "dette er ikke en kode fra Peer Compass.",
    counted_in_round: "{codes} telt med i {round}.",
    list_show: "Vis {codes}",
    remove: "Fjern",
    remove_hidden: "koden {code}",
    removed: "Koden {code} er fjernet.",
    clear_button: "Tøm denne runden",
    clear_confirm: "Fjerne {codes} fra {round}? Det kan ikke angres.",
    clear_yes: "Ja, tøm den",
    clear_no: "Nei, behold dem",
    cleared: "Nå er {round} tom.",
    download_codes: "Last ned kodene (tekstfil)",
    keep_label: "Lagre økten på denne enheten",
    keep_note: "Av med mindre du krysser av. Alle som bruker denne nettleseren, kan da se kodene, så la det være av på en delt datamaskin. Slår du det av, slettes det som er lagret.",
    keep_unavailable: "Denne nettleseren tillater ikke lagring på enheten. Kodene forsvinner når du lukker siden. Du kan laste dem ned.",
    keep_failed: "Økten kunne ikke lagres på denne enheten: lagringsplassen i nettleseren kan være full. Ingenting annet er endret.",
    keep_dropped: "Utelatt fordi de var laget med en annen versjon av spørreskjemaet: {count} lagrede koder.",
    keep_unreadable: "Det som var lagret på denne enheten, kunne ikke leses, så økten begynner tom.",

    picture_heading: "Gruppebildet",
    picture_lead: "{round}: {codes}.",
    below_minimum: "Gruppebildet vises når minst {min} koder er telt med, slik at ingen enkeltpersons resultat kan kjennes igjen. {count} så langt.",
    no_codes_yet: "Ingen koder ennå.",
    go_to_codes: "Samle inn koder",
    ladder_heading: "Roller på stigen",
    ladder_lead: "Hvor mange roller som er på hvert trinn. Dette beskriver roller og rommet de får, ikke personer.",
    step_not_placed: "For få svar",
    step_token: "Symbolsk rolle",
    step_little_room: "Lite rom ennå",
    step_between: "Mellom {rung} og {next}",
    uneven_note: "Roller på stigen med et eget mønster (mer av en høyere rolle enn av en lavere): {count}.",
    table_step: "Trinn",
    table_count: "Roller",
    table_share: "Andel",
    spreads_heading: "Hvert område i gruppen",
    spreads_lead: "Hver prikk er én persons poeng fra 0 til 100. Streken viser medianen: halvparten av poengene er under den, halvparten over.",
    conditions_note: "Forhold på arbeidsplassen beskriver hva arbeidsplassene legger til rette for, ikke personene.",
    median_label: "median {value}",
    table_area: "Område",
    table_scores: "Poeng",
    table_median: "Median",
    table_range: "Lavest til høyest",
    table_missing: "For få svar",
    range: "{low} til {high}",
    show_table: "Vis som tabell",
    modes_heading: "Former for samproduksjon",
    modes_lead: "Hvilken form for samproduksjon hver rolle er i.",
    mode_none: "Ingen form ennå",
    mode_consumer: "Brukerrettet samproduksjon",
    mode_participative: "Deltakende samproduksjon",
    mode_enhanced: "Utvidet samproduksjon",
    table_mode: "Form",
    prompts_heading: "Spørsmål til samtale",
    prompts_lead: "Valgt ut fra bildet av denne gruppen. Hvert spørsmål har med hvorfor det er viktig.",
    grounding_label: "Hvorfor det er viktig:",
    prompt_ideas_title: "Fra ideer til beslutninger",
    prompt_ideas: "De fleste rollene her er medgjennomfører-roller, og forholdene på arbeidsplassen er svake. Hva hindrer ideene fra det daglige arbeidet i å nå fram til dem som bestemmer?",
    prompt_ideas_grounding: "De som jobber nærmest tjenestebrukerne, ser hva de trenger, og får ideer. Når ingen tar ideene videre til beslutninger, vinner rutinene over brukernes behov (Engen og Magnusson 2015; Åkerblom 2021).",
    prompt_token_title: "Roller med for lite rom",
    prompt_token: "Noen roller her har lite rom, selv til å forme sin egen støtte. Hva ville gi disse rollene reell innflytelse, og hvem kan endre det?",
    prompt_token_grounding: "En symbolsk rolle er en erfaringsrolle som finnes på papiret, uten reell innflytelse. Det handler om hvordan rollen er satt opp, ikke om personen (Gillard mfl. 2015; Arnstein 1969).",
    prompt_early_title: "Å bli spurt tidlig",
    prompt_early: "Mange roller er mellom medgjennomfører og medutformer. Hvem inviterer erfaringskonsulenter inn tidlig, mens det drøftes hva problemet er, og når tjenester planlegges? Hvordan kan det skje oftere?",
    prompt_early_grounding: "Å være med tidlig, når tjenester planlegges, er det som gjør at samproduksjon forbedrer tjenestene og ikke bare enkeltmøter (Osborne og Strokosch 2013).",
    prompt_uneven_title: "Ulikt mye å si",
    prompt_uneven: "Innflytelsen varierer mye i denne gruppen. Hva gjør de arbeidsplassene der erfaringskonsulenter har mer å si, annerledes?",
    prompt_uneven_grounding: "Om en erfaringsrolle vinner terreng, avhenger like mye av arbeidsplassen som av personen: ledere, kolleger og føringer (De Vries, Bekkers og Tummers 2016; Zeng, Chung og McNamara 2020).",
    prompt_spread_title: "Å spre det som er satt i gang",
    prompt_spread: "Noen roller her har satt i gang noe nytt. Hva hjalp? Hvordan kan andre lære av det eller bli med?",
    prompt_spread_grounding: "De som har løst problemer i sitt eget liv, kan prøve ut nye løsninger før andre, slik ledende brukere gjør (von Hippel 1986). Nye ideer sprer seg når ledere og føringer støtter dem (De Vries, Bekkers og Tummers 2016).",
    prompt_knowledge_title: "Der erfaring blir delt",
    prompt_knowledge: "Svarene om bruk av erfaringskunnskap er lave i denne gruppen. Hvor kan kunnskap fra egenerfaring bli delt, satt ord på og brukt?",
    prompt_knowledge_grounding: "Kunnskap fra egenerfaring er ofte taus: vanskelig å sette ord på. Den kan deles og bli verdsatt når folk møtes i en felles sammenheng, for eksempel et forum (Collins 2013).",
    prompt_next_title: "Rom til mer",
    prompt_next: "Hvis noen i gruppen vil ha mer rom til å forme tjenestene, hva skal til? Hva trengs fra arbeidsplassen?",
    prompt_next_grounding: "Egenerfaring, nettverk og en plass mellom tjenestebrukere og tjenester er gode grunner for roller som medutformer og initiativtaker (Voorberg, Bekkers og Tummers 2015; Åkerblom 2021).",
    export_heading: "Ta med deg bildet",
    export_csv: "Last ned sammendraget til regneark (CSV)",
    print: "Skriv ut eller lagre som PDF (A4)",

    compare_heading: "Før og etter",
    compare_lead: "Sammenlign to runder, for eksempel ved starten og slutten av et kurs. Samle inn andre runde på siden Koder. Gruppene er ikke nødvendigvis de samme personene.",
    compare_missing: "I {round} er det {codes}. Minst {min} trengs for å vise den.",
    compare_steps: "Roller på stigen, side om side",
    compare_medians: "Medianer per område",
    table_change: "Endring",

    present_label: "Presentasjon",
    present_previous: "Forrige",
    present_next: "Neste",
    present_leave: "Avslutt presentasjonen",
    present_position: "{n} av {total}",
    present_keys: "Piltastene blar mellom visningene. Esc avslutter.",
    panel_join: "Åpne spørreskjemaet",
    panel_profile: "Profilen til gruppen",
    panel_conditions: "Forhold på arbeidsplassen",

    teach_heading: "Modellen: tre roller på en stige",
    teach_lead: "Peer Compass beskriver rollen en erfaringskonsulent har på jobben, ikke personen. Den bruker en stige med tre roller fra forskning på samproduksjon (Voorberg, Bekkers og Tummers 2015). Stigen er til refleksjon. God støtte én til én er grunnmuren de andre rollene bygger på, og ikke alle roller må klatre.",
    teach_diagram_caption: "Stigen med roller, og formen for samproduksjon hver av dem hører til. En symbolsk rolle ligger under stigen.",
    teach_more_involvement: "Mer involvering",
    teach_roles_heading: "Tre roller",
    teach_co_implementor: "Gir støtte i tjenester som andre har planlagt, og tilpasser den til hver tjenestebruker med kunnskap fra egenerfaring. Dette er den vanligste rollen. Den gir tjenestebrukere mer å si om sin egen støtte (Gagne mfl. 2018).",
    teach_co_designer: "Er med på å forbedre eller utforme tjenester som andre har satt i gang. Blir spurt tidlig, er med på å sette prioriteringer eller i arbeidsgrupper, og ser at ideer fører til endring.",
    teach_initiator: "Setter i gang nye tjenester, aktiviteter eller løsninger, prøver dem ofte ut i det små først, og samler andre for å gjennomføre dem (von Hippel 1986).",
    teach_mode_label: "Form:",
    teach_modes_heading: "Former for samproduksjon",
    teach_modes_lead: "Tre måter tjenestebrukere og tjenester arbeider sammen på (Osborne og Strokosch 2013):",
    teach_consumer: "Den ansatte og tjenestebrukeren former støtten sammen, én til én.",
    teach_participative: "Tjenestebrukeres synspunkter blir tatt inn for å forbedre tjenester som allerede finnes.",
    teach_enhanced: "Arbeidet én til én og arbeidet med å forme tjenesten går sammen, i et reelt partnerskap som kan endre hvordan tjenestene virker.",
    teach_cocreation_name: "Samskaping",
    teach_cocreation: "Samproduksjon betyr å lage en tjeneste som allerede er bestemt, sammen. Samskaping betyr å finne ut sammen hva problemet er, og utforme noe nytt (Brandsen og Honingh 2016; Torfing, Sørensen og Røiseland 2019).",
    teach_token_heading: "Symbolske roller",
    teach_token_name: "Symbolsk rolle",
    teach_token_short: "En rolle på papiret, uten reell innflytelse",
    teach_token: "En symbolsk rolle finnes på papiret, uten reell innflytelse: lite rom selv til å forme egen støtte, få oppgaver som bruker egenerfaringen, ikke å bli spurt, og svak oppbakking på arbeidsplassen (Gillard mfl. 2015). Arnstein (1969) kaller dette symbolsk deltakelse og plasserer det under reell deltakelse. Det sier noe om hvordan rollen er satt opp, ikke om hvem personen er.",
    teach_conditions_heading: "Hva arbeidsplassen gir",
    teach_conditions: "Om en rolle kan vokse, avhenger like mye av arbeidsplassen som av personen: støtte fra ledere og kolleger, fora for å dele erfaring, tid og reell innflytelse (De Vries, Bekkers og Tummers 2016; Zeng, Chung og McNamara 2020).",
    teach_questions_heading: "Å snakke om",
    teach_question_1: "Hvilken rolle passer arbeidet du gjør i dag? Hvilke deler av arbeidet passer en annen rolle?",
    teach_question_2: "Når ble du sist spurt tidlig, før en beslutning ble tatt?",
    teach_question_3: "Hvis du vil at rollen din skal gi mer rom til å forme tjenestene, hva måtte endres på arbeidsplassen?",
    teach_source: "Bygger på Åkerblom (2021): When peer support workers engage in co-creating mental health services.",
};

/// The trainer's table for a language.
pub fn trainer_strings(lang: Lang) -> &'static TrainerStrings {
    match lang {
        Lang::En => &TRAINER_EN,
        Lang::Nb => &TRAINER_NB,
        // The pseudo-locale checks the participant's widget; the trainer's
        // views show English in it.
        #[cfg(feature = "pseudo")]
        Lang::Pseudo => &TRAINER_EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gaps(text: &str) -> Vec<String> {
        let mut names: Vec<String> = text
            .split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}').map(|(name, _)| name.to_owned()))
            .collect();
        names.sort();
        names
    }

    #[test]
    fn every_table_has_the_same_placeholders_as_english() {
        let english = trainer_strings(Lang::En).all();
        for &lang in Lang::ALL {
            let table = trainer_strings(lang).all();
            assert_eq!(table.len(), english.len());
            for ((field, text), (_, reference)) in table.iter().zip(&english) {
                assert!(!text.trim().is_empty(), "{lang}: {field} is empty");
                assert_eq!(
                    gaps(text),
                    gaps(reference),
                    "{lang}: {field} has other placeholders than English"
                );
            }
        }
    }

    #[test]
    fn no_string_is_left_in_english_in_norwegian() {
        // The same in both languages: a word both use, and templates with
        // nothing to translate.
        let same = [
            "median_label",
            "table_median",
            "round_option",
            "picture_lead",
        ];
        let english = TRAINER_EN.all();
        for ((field, text), (_, reference)) in TRAINER_NB.all().into_iter().zip(english) {
            if !same.contains(&field) {
                assert_ne!(text, reference, "nb: {field} is the English text");
            }
        }
    }

    #[test]
    fn placeholders_are_plain_names() {
        // A gap is always a plain name: no spaces, nothing nested.
        for (field, text) in TRAINER_EN.all() {
            for gap in gaps(text) {
                assert!(
                    !gap.is_empty() && gap.chars().all(|c| c.is_ascii_lowercase()),
                    "{field}: odd placeholder {{{gap}}}"
                );
            }
        }
    }
}

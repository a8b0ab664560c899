"""The words of the web pages, in French and English (employees read their own language;
pages for people whose language is unknown show both)."""

from sourcing.tokens import (
    BadSignature,
    MalformedToken,
    TokenAlreadyUsed,
    TokenError,
    TokenExpired,
    WrongPurpose,
)

ANSWER_PAGE: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Connaissez-vous {name} ?",
        "hello": "Bonjour {first},",
        "intro": "Nous recrutons pour « {search} » et pensons à {name}.",
        "why": "Pourquoi vous :",
        "profile": "Voir le profil public",
        "question": "Connaissez-vous cette personne ?",
        "known": "Je connais cette personne",
        "unknown": "Je ne la connais pas",
        "stop": "Ne plus me solliciter",
        "thanks_known": "Merci ! L'équipe recrutement vous recontacte pour une mise en relation.",
        "thanks_unknown": "Merci d'avoir répondu.",
        "thanks_stop": "C'est noté : vous ne recevrez plus de demandes de recommandation.",
        "recorded": "Réponse enregistrée le {date} : « {answer} ».",
        "already": "Vous aviez déjà répondu le {date} : « {answer} ». Rien n'a été modifié.",
        "introduce_hint": "Une fois les présentations faites, dites-le-nous :",
        "introduce": "J'ai fait les présentations",
        "introduced": "Présentations faites le {date}. Merci !",
    },
    "en": {
        "title": "Do you know {name}?",
        "hello": "Hi {first},",
        "intro": "We are hiring for “{search}” and thought of {name}.",
        "why": "Why you:",
        "profile": "See the public profile",
        "question": "Do you know this person?",
        "known": "I know them",
        "unknown": "I don't",
        "stop": "Stop asking me",
        "thanks_known": "Thank you! The recruiting team will get back to you for an introduction.",
        "thanks_unknown": "Thank you for answering.",
        "thanks_stop": "Done: you will not receive referral requests any more.",
        "recorded": "Answer recorded on {date}: “{answer}”.",
        "already": "You had already answered on {date}: “{answer}”. Nothing was changed.",
        "introduce_hint": "Once you have introduced them, let us know:",
        "introduce": "I've introduced them",
        "introduced": "Introduction made on {date}. Thank you!",
    },
}

# (French, English) explanations of a refused link.
REFUSED: dict[type[TokenError], tuple[str, str]] = {
    TokenExpired: (
        "Ce lien a expiré. Demandez-en un nouveau à l'équipe recrutement.",
        "This link has expired. Ask the recruiting team for a new one.",
    ),
    BadSignature: (
        "Ce lien a été modifié ou n'a pas été émis par ce serveur.",
        "This link was changed or was not issued by this server.",
    ),
    MalformedToken: (
        "Ce lien est incomplet ou abîmé (coupé lors d'un copier-coller ?).",
        "This link is incomplete or damaged (cut when copied?).",
    ),
    WrongPurpose: (
        "Ce lien sert à autre chose.",
        "This link is meant for something else.",
    ),
    TokenAlreadyUsed: (
        "Ce lien a déjà servi.",
        "This link has already been used.",
    ),
}


def refused_texts(error: TokenError) -> tuple[str, str]:
    return REFUSED.get(type(error), ("Ce lien n'est pas valide.", "This link is not valid."))

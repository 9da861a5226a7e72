"""The boilerplate families in German, French, Spanish, Portuguese, Italian and Dutch: what must
go (a notice, a button, a teaser, a credit) and what must stay (a body sentence in the same
language that mentions the same words)."""

from __future__ import annotations

import pytest

from newsclean import Kind
from newsclean.rules import match_block
from newsclean.rules.captions import match_caption
from support import assert_kept_in_story, rule_family_tests

CONSENT = [
    (
        "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Wenn Sie die Website "
        "weiter nutzen, stimmen Sie der Verwendung von Cookies zu."
    ),
    (
        "Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site. En "
        "poursuivant votre navigation, vous acceptez l'utilisation des cookies."
    ),
    (
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa "
        "navegando, consideramos que acepta su uso."
    ),
    (
        "Utilizamos cookies para melhorar a sua experiência. Ao continuar navegando, você concorda "
        "com a nossa Política de Privacidade."
    ),
    (
        "Questo sito utilizza cookie per migliorare la tua esperienza. Continuando la navigazione "
        "accetti l'uso dei cookie."
    ),
    (
        "Wij gebruiken cookies om je de beste ervaring op onze website te bieden. Door verder te "
        "gaan ga je akkoord met ons cookiebeleid."
    ),
    "Alle ablehnen",
    "Tout refuser",
    "Aceptar todo",
    "Rechazar todo",
    "Aceitar todos",
    "Accetta tutti",
    "Rifiuta tutti",
    "Alles accepteren",
    "Datenschutzeinstellungen",
    "Gérer les cookies",
    "Impostazioni cookie",
    "Cookie-instellingen",
]
CONSENT += [
    # The switch in place of an embedded post until the reader consents.
    "Empfohlener redaktioneller Inhalt",
    "Externen Inhalt anzeigen",
    (
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können "
        "personenbezogene Daten an Drittplattformen übermittelt werden."
    ),
    "J'accepte que des contenus externes soient affichés sur cette page.",
]
CONSENT_BODY = [
    "Die Datenschutzbehörde prüft, ob die Website Cookies ohne Einwilligung setzt.",
    "La Cnil a infligé une amende à l'entreprise, qui déposait des cookies sans consentement.",
    "La agencia multó a la empresa por instalar cookies sin el consentimiento de los usuarios.",
    "A padaria vende cerca de 2 mil cookies por dia, e os clientes aceitam esperar na fila.",
    "Il garante ha sanzionato il sito perché installava cookie senza il consenso degli utenti.",
    "De toezichthouder onderzoekt of de website cookies plaatst zonder toestemming.",
    "Ich bin damit einverstanden, dass die Stadt die Straße sperrt, sagte der Anwohner.",
]

LEGAL = [
    "© 2024 Süddeutsche Zeitung GmbH. Alle Rechte vorbehalten.",
    "Alle rechten voorbehouden",
    "Datenschutzerklärung",
    "Nutzungsbedingungen",
    "Mentions légales",
    "Politique de confidentialité",
    "Aviso legal",
    "Política de privacidad",
    "Política de privacidade",
    "Termos de uso",
    "Informativa sulla privacy",
    "Note legali",
    "Privacybeleid",
    "Algemene voorwaarden",
    "© Riproduzione riservata",
    "Wenn Sie über diese Links einkaufen, erhalten wir eine Provision.",
    "Dieser Artikel enthält Affiliate-Links.",
    "Cet article contient des liens affiliés.",
    "Este artículo contiene enlaces de afiliados.",
    "Este artigo contém links de afiliados.",
    "Questo articolo contiene link di affiliazione.",
    "Dit artikel bevat affiliate links.",
    "Prohibida su reproducción total o parcial.",
    "Nachdruck verboten",
]
LEGAL_BODY = [
    "Die neue Datenschutzerklärung der Stadt tritt im Januar in Kraft, teilte die Verwaltung mit.",
    "Les mentions légales du site ne citaient aucun responsable, selon l'enquête.",
    "El aviso legal de la web no identificaba al responsable, según la investigación.",
    "De algemene voorwaarden van de bank worden volgend jaar aangepast, zei een woordvoerder.",
    "Der Händler zahlt den Verlagen eine Provision für jeden Kauf, sagte ein Sprecher des Konzerns.",
]

PROMO = [
    "Abonnieren Sie unseren Newsletter und erhalten Sie die wichtigsten Nachrichten jeden Morgen.",
    "Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité chaque matin.",
    "Suscríbete a nuestro boletín y recibe las noticias más importantes cada mañana.",
    "Assine a nossa newsletter e receba as principais notícias todas as manhãs.",
    "Iscriviti alla nostra newsletter per ricevere le notizie più importanti ogni mattina.",
    "Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws.",
    "Lesen Sie auch: Die Bahn erhöht die Preise",
    "Auch interessant: So sparen Sie beim Heizen",
    "À lire aussi : La réforme des retraites adoptée",
    "Lea también: El Gobierno aprueba los presupuestos",
    "Leia também: Governo anuncia novo programa",
    "Leggi anche: Il governo approva la manovra",
    "Lees ook: Kabinet presenteert nieuwe plannen",
    # Czech and Polish related-story labels, alone and before a headline.
    "Související",
    "Související články",
    "Nejčtenější",
    "Čtěte také: Vláda schválila rozpočet",
    "Czytaj także: Rząd przyjął budżet",
    "Zobacz także",
    "Weiterlesen",
    "Lire la suite",
    "Leer más",
    "Continue lendo",
    "Continua a leggere",
    "Lees meer",
    "Werbung",
    "Pubblicità",
    "Advertentie",
    "Newsletter abonnieren",
    "Abonnez-vous",
    "Suscríbete",
    "Abbonati",
    # Sign-up boxes labelled with an infinitive.
    "Recevoir la newsletter",
    "S'inscrire à la newsletter du matin",
    "Recibir el boletín diario",
    "Receber a newsletter semanal",
    "Ricevere la newsletter ogni mattina",
    "Ontvangen de nieuwsbrief elke ochtend",
    # Paywall notices.
    "Jetzt weiterlesen mit Abo",
    "Article réservé aux abonnés",
    "Cet article est réservé aux abonnés. Il vous reste 60% à découvrir.",
    "Déjà abonné ? Connectez-vous",
    "Contenido exclusivo para suscriptores",
    "Já é assinante?",
    "Contenuto riservato agli abbonati",
    "Dit artikel is alleen voor abonnees",
    # A subscriber's account links.
    "Abo verwalten",
    "Gérez votre abonnement",
    "Gestiona tu suscripción",
    "Gerencie sua assinatura",
    "Gestisci il tuo abbonamento",
    "Beheer je abonnement",
    # "The news in your inbox", with the call after it or the verb before it.
    "Der Morgen: Die wichtigsten Nachrichten des Tages direkt in Ihr Postfach. Jetzt kostenlos abonnieren!",
    "Erhalten Sie die wichtigsten Nachrichten des Tages in Ihr Postfach.",
    "Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail. Inscrivez-vous !",
    "Recibe cada mañana las noticias más importantes en tu correo. ¡Suscríbete gratis!",
    "Receba as principais notícias do dia no seu e-mail. Inscreva-se gratuitamente!",
    "Ricevi ogni mattina le notizie più importanti nella tua casella di posta. Iscriviti gratis!",
    "Ontvang elke ochtend het belangrijkste nieuws in je mailbox. Schrijf je gratis in!",
    # Teaser links and "read on" buttons.
    "LIRE AUSSI. Le tram arrive enfin à l'aéroport",
    "En savoir plus : la réforme expliquée",
    "Lee más: Así será el tiempo este fin de semana",
    "Lesen Sie mehr: Die Bahn erhöht die Preise",
    "Lees verder",
    "Meer lezen",
    # An embedded post's link to its network.
    "View this post on Instagram",
    "Lire la suite sur X",
    "Diesen Beitrag auf Instagram ansehen",
    "Ver esta publicación en Instagram",
]
PROMO_BODY = [
    "Der Verein will seinen Newsletter künftig zweimal im Monat verschicken, sagte die Sprecherin.",
    "La mairie envoie désormais une newsletter aux habitants, a indiqué le maire.",
    "El club envía un boletín a sus socios cada semana, según su presidente.",
    "A prefeitura passou a enviar uma newsletter aos moradores, disse o secretário.",
    "Il comune invia una newsletter ai residenti ogni settimana, ha detto il sindaco.",
    "De gemeente stuurt elke week een nieuwsbrief naar de inwoners, zei de wethouder.",
    "Recevoir la newsletter de la mairie coûte désormais deux euros, a indiqué le maire.",
    "Erhalten haben den Newsletter bisher nur Mitglieder, sagte die Sprecherin des Vereins.",
    "Související případy policie prověřuje od loňského léta, uvedl mluvčí.",
    "Czytaj także uzasadnienie wyroku, radził sędzia dziennikarzom po rozprawie.",
    "Déjà abonné à trois journaux, le maire a résilié le quatrième.",
    # Mailboxes in the news.
    "Der Brief landete in ihrem Postfach, sagte die Sprecherin der Staatsanwaltschaft.",
    "Sie erhalten die Antwort per Post in Ihr Postfach, teilte die Behörde mit.",
    "Recibe el correo de su madre cada semana desde la cárcel, explicó su abogado.",
    "Les enquêteurs ont retrouvé la lettre dans votre boîte aux lettres, a dit le juge au prévenu.",
    "En savoir plus sur la réforme prendra du temps, a reconnu la ministre.",
    "Lee más despacio, le dijo el profesor al alumno delante de toda la clase.",
]

COMMENTS = [
    "Melden Sie sich an, um zu kommentieren.",
    "Kommentar schreiben",
    "Connectez-vous pour commenter",
    "Réagir à cet article",
    "Inicia sesión para comentar",
    "Faça login para comentar",
    "Accedi per commentare",
    "Log in om te reageren",
    # Each comment's buttons, and the moderation note.
    "Antworten",
    "Répondre",
    "Responder",
    "Rispondi",
    "Beantwoorden",
    "Signaler un abus",
    "Die Kommentare werden moderiert.",
    "Les commentaires sont modérés.",
    "Reacties worden gemodereerd volgens onze huisregels.",
]
COMMENTS_BODY = [
    "Die Ministerin wollte den Bericht am Montag nicht kommentieren, sagte ein Sprecher.",
    "Le maire n'a pas souhaité commenter la décision du tribunal.",
    "El club no quiso comentar el fichaje antes de la rueda de prensa del viernes.",
    "A empresa não quis comentar a decisão da justiça.",
    "Il ministero non ha voluto commentare la sentenza della corte.",
    "De minister wilde niet reageren op de uitspraak van de rechter.",
    "Die Kommentare des Ministers wurden im Bundestag scharf kritisiert, sagte die Sprecherin.",
]

SHARE = [
    "Auf Facebook teilen",
    "Artikel teilen",
    "Partager cet article",
    "Compartir en WhatsApp",
    "Compartilhar no WhatsApp",
    "Condividi su Facebook",
    "Delen op Twitter",
    "Link kopieren",
    "Copier le lien",
    "Copiar enlace",
    "Kopieer link",
    "Drucken",
    "Imprimer",
    "Stampa",
    "Diesen Artikel teilen",
    "Deel dit artikel",
    "Sdílet článek",
    "Folgen Sie uns",
    "Suivez-nous",
    "Síguenos en",
    "Siga-nos",
    "Seguici su",
    "Volg ons",
]
SHARE_BODY = [
    "Die Nachbarn teilen sich seit Jahren einen Garten am Stadtrand.",
    "Les deux pays partagent une frontière de 300 kilomètres.",
    "Los vecinos comparten el patio desde hace décadas.",
    "De twee broers delen al jaren een appartement in Utrecht.",
    "Suivez-nous, a lancé le maire aux habitants avant de traverser le pont à pied.",
]

CREDITS = [
    "Foto: Max Muster/dpa",
    "Bild: Imago",
    "Crédit photo : Jean Dupont",
    "Fotografía: Ana Lima",
    "Imagem: Reprodução",
    "Foto: ANSA",
]
#: Captions that end with the picture's credit in brackets.
CAPTIONS = [
    "Bild: Lokführer streiken vor dem Hauptbahnhof. (Quelle: Michael Kappeler/dpa)",
    "Lokführer streiken vor dem Hauptbahnhof. (Bild: Michael Kappeler/dpa)",
    "Moradores protestam em frente à prefeitura. (Fonte: Rovena Rosa/Agência Brasil)",
]
CREDITS_BODY = [
    "Das Foto zeigt den Bürgermeister bei der Eröffnung des neuen Bahnhofs.",
    # A source in brackets that names no photographer and agency is the text's.
    "Die Zahlen stammen aus einer Umfrage unter 2000 Haushalten (Quelle: Statistisches Bundesamt).",
    "La photo a été prise par un habitant quelques minutes après l'explosion.",
    "A foto foi tirada por um morador minutos depois da explosão.",
]

(
    test_consent_tables_label_notices,
    test_consent_notices_are_removed,
    test_consent_tables_leave_news,
    test_consent_news_is_kept,
) = rule_family_tests(Kind.CONSENT, CONSENT, CONSENT_BODY, where="foot")
(
    test_legal_tables_label_footers,
    test_legal_footers_are_removed,
    test_legal_tables_leave_news,
    test_legal_news_is_kept,
) = rule_family_tests(Kind.LEGAL, LEGAL, LEGAL_BODY, where="foot")
(
    test_promo_tables_label_pitches,
    test_promo_pitches_are_removed,
    test_promo_tables_leave_news,
    test_promo_news_is_kept,
) = rule_family_tests(Kind.PROMO, PROMO, PROMO_BODY, where="foot")
(
    test_comment_tables_label_controls,
    test_comment_controls_are_removed,
    test_comment_tables_leave_news,
    test_comment_news_is_kept,
) = rule_family_tests(Kind.COMMENTS, COMMENTS, COMMENTS_BODY, where="foot")
(
    test_share_tables_label_buttons,
    test_share_buttons_are_removed,
    test_share_tables_leave_news,
    test_share_news_is_kept,
) = rule_family_tests(Kind.SHARE, SHARE, SHARE_BODY, where="foot")


@pytest.mark.parametrize("line", CREDITS)
def test_picture_credits_in_other_languages(line):
    label = match_caption(line)
    assert label is not None and label.kind is Kind.CREDIT


@pytest.mark.parametrize("line", CAPTIONS)
def test_captions_ending_with_a_bracketed_credit_in_other_languages(line):
    label = match_caption(line)
    assert label is not None and label.kind is Kind.CAPTION


@pytest.mark.parametrize("sentence", CREDITS_BODY)
def test_sentences_about_photos_are_no_credits(sentence):
    assert match_caption(sentence) is None
    assert_kept_in_story(sentence)


@pytest.mark.parametrize("line", ["Mehr zu:", "Thèmes :", "Más sobre:", "Meer over:", "Argomenti"])
def test_tag_headers_in_other_languages(line):
    label = match_block(line)
    assert label is not None and label.kind is Kind.NAVIGATION

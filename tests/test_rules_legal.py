"""Legal footers go: copyright lines, "All rights reserved", wire usage notices, policy links.
Sentences about copyright, rights and permission stay."""

from __future__ import annotations

from newsclean import Kind
from support import (
    rule_family_tests,
)

CHROME = [
    "© 2019 Reuters. All rights reserved.",
    "© 2019 AFP",
    (
        "Copyright 2019 The Associated Press. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed."
    ),
    "This material may not be published, broadcast, rewritten or redistributed.",
    "All rights reserved.",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "© Copyright 2019 Guardian News & Media Limited or its affiliated companies. All rights reserved.",
    "Copyright © 2019 Gadget Ledger",
    "Copyright (c) 2019 Hearst Communications, Inc.",
    "Todos os direitos reservados.",
    "Alle Rechte vorbehalten.",
    "Reuse this content",
    "Privacy Policy",
    "Terms of Use",
    "Disclaimer",
    (
        "The material on this site may not be reproduced, distributed, transmitted, cached or "
        "otherwise used, except with the prior written permission of The Daily Planet."
    ),
    "Registration on or use of this site constitutes acceptance of our User Agreement.",
    "Use of this website constitutes acceptance of our terms of use and privacy policy.",
    "By signing up, you agree to our Privacy Policy and European users agree to the data policy.",
    "Folha do Vale - SC - CNPJ: 83.102.459/0001-23 - Rua das Flores, 1111 - Fone: (047) 2106-8000",
    "Herald Media Limited. Registered in England and Wales No. 908396",
    "Editoriale Lombarda SpA - P.IVA 01234567890",
    (
        "Citation: Hibernating crews would need smaller ships (2019, November 18) retrieved 20 "
        "November 2019 from https://sciencewire.example/news/2019-11-hibernating.html"
    ),
    # Affiliate disclosures.
    "We may earn a commission when you buy through links on our site.",
    (
        "This article contains affiliate links. If you buy something through them, we may earn"
        " a small commission at no extra cost to you."
    ),
    "As an Amazon Associate I earn from qualifying purchases.",
    # Disclaimers that the views of writers or readers are not the publisher's.
    "The views expressed in the comments are those of the readers.",
    (
        "The views expressed in this article are the author's own and do not necessarily reflect"
        " those of the publisher."
    ),
    "Opinions expressed by contributors are their own.",
    "Die in den Kommentaren geäußerten Meinungen geben nicht die Meinung der Redaktion wieder.",
    "Les propos tenus dans les commentaires n'engagent que leurs auteurs.",
    "Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autor.",
    "As opiniões expressas neste artigo são de inteira responsabilidade do autor.",
    "Le opinioni espresse in questo articolo non riflettono necessariamente quelle della redazione.",
    "De meningen in deze column zijn die van de auteur.",
]

BODY = [
    "By signing up for the program, residents can get free bus passes, the city said.",
    "Police said the company number 12345678 was used to open the accounts.",
    "The firm, registered in England under number 04567890, collapsed in May, the court heard.",
    "By clicking the button, voters agreed to share their data with the campaign, the report found.",
    "Copyright law has not kept pace with AI, the judge wrote in a 40-page opinion.",
    "Copyright infringement claims against the company have doubled since 2018, the report said.",
    "The new privacy policy takes effect on Jan. 1, the company said.",
    "The court ruled that the memo may not be published until the trial is over.",
    "The studio said it had kept the rights to the character when it sold the film library.",
    "Copyright of the photographs belongs to the museum, a spokeswoman said.",
    "The book was reprinted without permission from the publisher, the lawsuit says.",
    "Lawyers argued that the use of the logo constitutes acceptance of the league's terms.",
    "The letters may not be reproduced, distributed or sold, the estate said in a statement.",
    # News about affiliate links and commissions is no disclosure.
    "Amazon cut the commission it pays publishers for affiliate links, the company said.",
    "The council could earn a commission from the sale of the land, officials said on Monday.",
    # Views in the news are no disclaimer.
    "The views expressed by the council members are those of a divided city.",
    "The opinions expressed in the survey do not reflect the views of most voters in the county.",
    "The views expressed by the protesters are their own, organisers stressed in a statement.",
]


(
    test_table_labels_legal,
    test_legal_line_is_removed,
    test_table_leaves_sentences_about_copyright,
    test_sentences_about_copyright_are_kept,
) = rule_family_tests(Kind.LEGAL, CHROME, BODY, where="foot")

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <source>Translation draft, not reviewed by ICCWC</source>
        <translation>Traduction provisoire, non revue par l&apos;ICCWC</translation>
    </message>
    <message>
        <source>About wen-assess</source>
        <translation>À propos de wen-assess</translation>
    </message>
    <message>
        <source>Maturity self-assessment for Wildlife Enforcement Networks.</source>
        <translation>Auto-évaluation de la maturité des réseaux de lutte contre la criminalité liée aux espèces sauvages (WEN).</translation>
    </message>
    <message>
        <source>Fonts shipped with the app: DejaVu (free licence); Noto Sans Arabic, Ethiopic, Devanagari, Bengali, Thai, Lao, Khmer, Myanmar and Noto Emoji (SIL Open Font Licence); Droid Sans Fallback (Apache 2.0).</source>
        <translation>Polices fournies avec l&apos;application : DejaVu (licence libre) ; Noto Sans Arabic, Ethiopic, Devanagari, Bengali, Thai, Lao, Khmer, Myanmar et Noto Emoji (SIL Open Font Licence) ; Droid Sans Fallback (Apache 2.0).</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Workshop agenda — {network}</source>
        <translation>Ordre du jour de l&apos;atelier — {network}</translation>
    </message>
    <message>
        <source>Workshop agenda</source>
        <translation>Ordre du jour de l&apos;atelier</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to discuss</source>
        <translation>
            <numerusform>%n élément à discuter</numerusform>
            <numerusform>%n éléments à discuter</numerusform>
        </translation>
    </message>
    <message>
        <source>By area, in questionnaire order. An item is here when members disagree by two levels or more, when fewer than half of the responses answer it, or when it is a critical item the responses do not settle.</source>
        <translation>Par domaine, dans l&apos;ordre du questionnaire. Un élément figure ici quand les membres divergent de deux niveaux ou plus, quand moins de la moitié des réponses y répondent, ou quand c&apos;est un élément critique que les réponses ne tranchent pas.</translation>
    </message>
    <message>
        <source>No responses imported yet.</source>
        <translation>Aucune réponse importée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>convenu</translation>
    </message>
    <message>
        <source>to agree</source>
        <translation>à convenir</translation>
    </message>
    <message>
        <source>{reasons}. Levels {distribution}; median {median}, range {range}; proposal {proposal}; {status}.</source>
        <translation>{reasons}. Niveaux {distribution} ; médiane {median}, étendue {range} ; proposition {proposal} ; {status}.</translation>
    </message>
    <message>
        <source>members disagree</source>
        <translation>les membres divergent</translation>
    </message>
    <message>
        <source>few responses</source>
        <translation>peu de réponses</translation>
    </message>
    <message>
        <source>critical item</source>
        <translation>élément critique</translation>
    </message>
    <message>
        <source>Save the workshop agenda</source>
        <translation>Enregistrer l&apos;ordre du jour de l&apos;atelier</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Agenda not saved</source>
        <translation>Ordre du jour non enregistré</translation>
    </message>
    <message>
        <source>Cannot write {file}: {problem}.</source>
        <translation>Impossible d&apos;écrire {file} : {problem}.</translation>
    </message>
    <message>
        <source>Agenda saved</source>
        <translation>Ordre du jour enregistré</translation>
    </message>
    <message>
        <source>Saved to {file}.</source>
        <translation>Enregistré dans {file}.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>wen-assess cannot start</source>
        <translation>wen-assess ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Base de données mise à niveau</translation>
    </message>
    <message>
        <source>Your assessments were upgraded to this version&apos;s format. A copy of the old file is kept at:
{path}</source>
        <translation>Vos évaluations ont été converties au format de cette version. Une copie de l&apos;ancien fichier est conservée ici :
{path}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Your saved answers are safe; {where}. Please send that file with a description of what you did.</source>
        <translation>Un problème est survenu : {error}

Vos réponses enregistrées sont en sécurité ; {where}. Merci d&apos;envoyer ce fichier avec une description de ce que vous faisiez.</translation>
    </message>
    <message>
        <source>wen-assess cannot use this database</source>
        <translation>wen-assess ne peut pas utiliser cette base de données</translation>
    </message>
    <message>
        <source>Questionnaire damaged</source>
        <translation>Questionnaire endommagé</translation>
    </message>
    <message>
        <source>Questionnaire skipped</source>
        <translation>Questionnaire ignoré</translation>
    </message>
    <message>
        <source>{path} is not a valid questionnaire and was skipped:</source>
        <translation>{path} n&apos;est pas un questionnaire valide et a été ignoré :</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>{area} progress</source>
        <translation>Avancement : {area}</translation>
    </message>
    <message>
        <source>Keep every carried-over answer of this area as it is: mark them reviewed</source>
        <translation>Garder telles quelles toutes les réponses reprises de ce domaine : les marquer comme revues</translation>
    </message>
    <message numerus="yes">
        <source>{answered} of %n items answered · score {score} · band {band}</source>
        <translation>
            <numerusform>{answered} sur %n élément répondu · score {score} · palier {band}</numerusform>
            <numerusform>{answered} sur %n éléments répondus · score {score} · palier {band}</numerusform>
        </translation>
    </message>
    <message>
        <source>(capped: critical item {items} at a low level)</source>
        <translation>(plafonné : élément critique {items} à un niveau bas)</translation>
    </message>
    <message numerus="yes">
        <source>Confirm all %n carried-over answers in this area</source>
        <translation>
            <numerusform>Confirmer la réponse reprise de ce domaine</numerusform>
            <numerusform>Confirmer les %n réponses reprises de ce domaine</numerusform>
        </translation>
    </message>
    <message>
        <source>all in {area}</source>
        <translation>toutes dans {area}</translation>
    </message>
</context>
<context>
    <name>AssessmentController</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>{what} of {item}</source>
        <translation>{what} de {item}</translation>
    </message>
    <message>
        <source>clearing {item}</source>
        <translation>effacement de {item}</translation>
    </message>
    <message>
        <source>confirming {what}</source>
        <translation>confirmation de {what}</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>target of {area}</source>
        <translation>cible de {area}</translation>
    </message>
    <message>
        <source>plan {what} of {item}</source>
        <translation>plan ({what}) de {item}</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Non terminée</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Enregistrement impossible : {reason}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Enregistré à {time}</translation>
    </message>
    <message>
        <source>network name</source>
        <translation>nom du réseau</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>member countries</source>
        <translation>pays membres</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>assessment date</source>
        <translation>date de l&apos;évaluation</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>animateur</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>due</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>justification</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>signalement</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Assessment sections</source>
        <translation>Sections de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Items answered</source>
        <translation>Éléments répondus</translation>
    </message>
    <message>
        <source>%v of %m items answered</source>
        <translation>%v sur %m éléments répondus</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>◂ &amp;Library</source>
        <translation>◂ &amp;Bibliothèque</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Previous section (Ctrl+PgUp)</source>
        <translation>Section précédente (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next section (Ctrl+PgDown)</source>
        <translation>Section suivante (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Section suivante</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Section précédente</translation>
    </message>
    <message>
        <source>Click an item first: the digit answers the item last worked on</source>
        <translation>Cliquez d&apos;abord sur un élément : le chiffre répond à l&apos;élément traité en dernier</translation>
    </message>
    <message>
        <source>Changes saved by someone else are shown</source>
        <translation>Les modifications enregistrées par quelqu&apos;un d&apos;autre sont affichées</translation>
    </message>
    <message>
        <source>Assessment deleted</source>
        <translation>Évaluation supprimée</translation>
    </message>
    <message>
        <source>This assessment was deleted in another window or by another person.</source>
        <translation>Cette évaluation a été supprimée dans une autre fenêtre ou par une autre personne.</translation>
    </message>
    <message>
        <source>the network profile</source>
        <translation>le profil du réseau</translation>
    </message>
    <message>
        <source>the participants</source>
        <translation>les participants</translation>
    </message>
    <message>
        <source>the target of {area}</source>
        <translation>la cible de {area}</translation>
    </message>
    <message>
        <source>the action plan of {item}</source>
        <translation>le plan d&apos;action de {item}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
</context>
<context>
    <name>CompareTables</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Palier</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Area scores side by side</source>
        <translation>Scores des domaines côte à côte</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Score moyen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>◂ &amp;Library</source>
        <translation>◂ &amp;Bibliothèque</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Retour à la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n assessments</source>
        <translation>
            <numerusform>Comparaison de %n évaluation</numerusform>
            <numerusform>Comparaison de %n évaluations</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline assessment</source>
        <translation>Évaluation de référence</translation>
    </message>
    <message>
        <source>Changes within its network and differences of other networks are measured against this assessment (the earliest by default)</source>
        <translation>Les évolutions au sein de son réseau et les différences des autres réseaux sont mesurées par rapport à cette évaluation (la plus ancienne par défaut)</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the comparison as PDF</source>
        <translation>Exporter la comparaison en PDF</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the comparison as CSV</source>
        <translation>Exporter la comparaison en CSV</translation>
    </message>
    <message>
        <source>Two files: area scores, and the answers to the compared items</source>
        <translation>Deux fichiers : les scores des domaines et les réponses aux éléments comparés</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation>Compatibilité</translation>
    </message>
    <message>
        <source>Assessments left out</source>
        <translation>Évaluations écartées</translation>
    </message>
    <message>
        <source>Overall scores of only some areas</source>
        <translation>Scores globaux de quelques domaines seulement</translation>
    </message>
    <message>
        <source>Assessments compared</source>
        <translation>Évaluations comparées</translation>
    </message>
    <message>
        <source>Area scores side by side</source>
        <translation>Scores des domaines côte à côte</translation>
    </message>
    <message>
        <source>Radar chart of area scores, one line per assessment</source>
        <translation>Graphique radar des scores des domaines, une ligne par évaluation</translation>
    </message>
    <message>
        <source>Areas of concern</source>
        <translation>Domaines préoccupants</translation>
    </message>
    <message>
        <source>Most improved within a network</source>
        <translation>Plus fortes progressions au sein d&apos;un réseau</translation>
    </message>
    <message>
        <source>Biggest declines within a network</source>
        <translation>Plus forts reculs au sein d&apos;un réseau</translation>
    </message>
    <message>
        <source>No network is assessed more than once here, so there is no change over time to rank: the networks differ (see the Difference columns).</source>
        <translation>Aucun réseau n&apos;est évalué plus d&apos;une fois ici : il n&apos;y a donc pas d&apos;évolution dans le temps à classer ; les réseaux diffèrent (voir les colonnes Différence).</translation>
    </message>
    <message>
        <source>Area scores overlaid</source>
        <translation>Scores des domaines superposés</translation>
    </message>
    <message>
        <source>Networks over time</source>
        <translation>Les réseaux dans le temps</translation>
    </message>
    <message>
        <source>No network is assessed more than once in this selection: there is no trend to show. Select two assessments of the same network to see what changed.</source>
        <translation>Aucun réseau n&apos;est évalué plus d&apos;une fois dans cette sélection : il n&apos;y a pas de tendance à montrer. Sélectionnez deux évaluations du même réseau pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>Export comparison (PDF)</source>
        <translation>Exporter la comparaison (PDF)</translation>
    </message>
    <message>
        <source>Comparison not written</source>
        <translation>Comparaison non écrite</translation>
    </message>
    <message>
        <source>Comparison written to {path}</source>
        <translation>Comparaison écrite dans {path}</translation>
    </message>
    <message>
        <source>Export comparison (CSV)</source>
        <translation>Exporter la comparaison (CSV)</translation>
    </message>
    <message>
        <source>Comparison written to {path} and {other}</source>
        <translation>Comparaison écrite dans {path} et {other}</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>{share} answered</source>
        <translation>{share} répondus</translation>
    </message>
    <message>
        <source>Done: share of the area&apos;s items answered.</source>
        <translation>Répondu : part des éléments du domaine qui ont une réponse.</translation>
    </message>
    <message>
        <source>Change: points against the baseline, {base}. {done}</source>
        <translation>Évolution : points par rapport à la référence, {base}. {done}</translation>
    </message>
    <message>
        <source>Change: points within one network, against the baseline ({base}) for its network, against the earliest assessment for another network. Difference: another network&apos;s points against the baseline; networks differ, so this is not a change over time. {done}</source>
        <translation>Évolution : points au sein d&apos;un même réseau, par rapport à la référence ({base}) pour son réseau, par rapport à l&apos;évaluation la plus ancienne pour un autre réseau. Différence : points d&apos;un autre réseau par rapport à la référence ; les réseaux diffèrent, ce n&apos;est donc pas une évolution dans le temps. {done}</translation>
    </message>
    <message>
        <source>Left out: {label} ({title}), {reason}.</source>
        <translation>Écartée : {label} ({title}), {reason}.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>{who} changed {subject} on {when}, after you last saw it. Which value do you keep?</source>
        <translation>{who} a modifié {subject} le {when}, après votre dernière consultation. Quelle valeur gardez-vous ?</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>Someone else changed {subject} after you last saw it. Which value do you keep?</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié {subject} après votre dernière consultation. Quelle valeur gardez-vous ?</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>La leur (enregistrée)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>{field}, theirs</source>
        <translation>{field}, la leur</translation>
    </message>
    <message>
        <source>{field}, mine</source>
        <translation>{field}, la mienne</translation>
    </message>
    <message>
        <source>Nothing is lost either way: both values stay in the history.</source>
        <translation>Rien n&apos;est perdu dans les deux cas : les deux valeurs restent dans l&apos;historique.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Prendre la leur</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>FillWindow</name>
    <message>
        <source>Response forms ({patterns});;All files (*)</source>
        <translation>Formulaires de réponse ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open the response form</source>
        <translation>Impossible d’ouvrir le formulaire de réponse</translation>
    </message>
    <message>
        <source>Response form — {member}</source>
        <translation>Formulaire de réponse — {member}</translation>
    </message>
    <message>
        <source>Response of &lt;b&gt;{member}&lt;/b&gt;</source>
        <translation>Réponse de &lt;b&gt;{member}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the focal point who answers</source>
        <translation>le point focal qui répond</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Items answered</source>
        <translation>Éléments répondus</translation>
    </message>
    <message>
        <source>%v of %m items answered</source>
        <translation>%v sur %m éléments répondus</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>The questionnaire installed here is not the very file the form was made with: its wording may differ a little from your coordinator&apos;s.</source>
        <translation>Le questionnaire installé ici n’est pas exactement le fichier avec lequel le formulaire a été créé : sa formulation peut différer un peu de celle de votre coordinateur.</translation>
    </message>
    <message>
        <source>Areas of the form</source>
        <translation>Domaines du formulaire</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer s&amp;ous…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Your answers could not be written to {path}: {problem}. They are kept in this window: try again, or use Save as… to keep them in another file.</source>
        <translation>Vos réponses n’ont pas pu être écrites dans {path} : {problem}. Elles sont conservées dans cette fenêtre : réessayez, ou utilisez Enregistrer sous… pour les garder dans un autre fichier.</translation>
    </message>
    <message>
        <source>Save the response form as</source>
        <translation>Enregistrer le formulaire de réponse sous</translation>
    </message>
    <message>
        <source>another response-form window has this file open: close it first</source>
        <translation>une autre fenêtre de formulaire de réponse a ce fichier ouvert : fermez-la d&apos;abord</translation>
    </message>
    <message>
        <source>Your answers could not be written to {path}: {problem}. Nothing else changed: the window keeps filling in {current}.</source>
        <translation>Vos réponses n&apos;ont pas pu être écrites dans {path} : {problem}. Rien d&apos;autre n&apos;a changé : la fenêtre continue de remplir {current}.</translation>
    </message>
    <message>
        <source>Your last answers are not in the file: {problem}. Save them in another file before closing?</source>
        <translation>Vos dernières réponses ne sont pas dans le fichier : {problem}. Les enregistrer dans un autre fichier avant de fermer ?</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Find an item</source>
        <translation>Rechercher un élément</translation>
    </message>
    <message>
        <source>Words from an item&apos;s title or question, or its id</source>
        <translation>Mots du titre ou de la question d&apos;un élément, ou son identifiant</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <source>Matching items</source>
        <translation>Éléments correspondants</translation>
    </message>
    <message>
        <source>Number of matching items</source>
        <translation>Nombre d&apos;éléments correspondants</translation>
    </message>
    <message>
        <source>&amp;Go to item</source>
        <translation>&amp;Aller à l&apos;élément</translation>
    </message>
    <message>
        <source>No item matches.</source>
        <translation>Aucun élément ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupBar</name>
    <message>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>Assessments in the table&apos;s columns</source>
        <translation>Évaluations dans les colonnes du tableau</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>wen-assess user guide</source>
        <translation>Guide de l&apos;utilisateur de wen-assess</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Values before and after the selected change</source>
        <translation>Valeurs avant et après la modification sélectionnée</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Aucune modification enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Changed by {who} on {when}: {what}</source>
        <translation>Modifié par {who} le {when} : {what}</translation>
    </message>
    <message>
        <source>kept (theirs)</source>
        <translation>conservée (la leur)</translation>
    </message>
    <message>
        <source>set aside (mine)</source>
        <translation>écartée (la mienne)</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>{which}: {value}</source>
        <translation>{which} : {value}</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <source>justification edited</source>
        <translation>justification modifiée</translation>
    </message>
    <message>
        <source>note edited</source>
        <translation>notes modifiées</translation>
    </message>
    <message>
        <source>flagged for review</source>
        <translation>signalé pour revue</translation>
    </message>
    <message>
        <source>flag removed</source>
        <translation>signalement retiré</translation>
    </message>
    <message>
        <source>carried-over answer confirmed</source>
        <translation>réponse reprise confirmée</translation>
    </message>
    <message>
        <source>marked not yet reviewed</source>
        <translation>marqué comme pas encore revu</translation>
    </message>
    <message>
        <source>set aside in a conflict, their value kept: {what}</source>
        <translation>écarté lors d&apos;un conflit, leur valeur conservée : {what}</translation>
    </message>
    <message>
        <source>{fields} edited</source>
        <translation>modifié : {fields}</translation>
    </message>
    <message>
        <source>working language {old} → {new}</source>
        <translation>langue de travail {old} → {new}</translation>
    </message>
    <message>
        <source>participants edited ({old} → {new})</source>
        <translation>participants modifiés ({old} → {new})</translation>
    </message>
    <message>
        <source>target {old} → {new}</source>
        <translation>cible {old} → {new}</translation>
    </message>
    <message>
        <source>plan entry added</source>
        <translation>entrée du plan ajoutée</translation>
    </message>
    <message>
        <source>plan entry removed</source>
        <translation>entrée du plan retirée</translation>
    </message>
    <message>
        <source>plan entry edited ({fields})</source>
        <translation>entrée du plan modifiée ({fields})</translation>
    </message>
    <message>
        <source>marked completed</source>
        <translation>marquée comme terminée</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>rouverte</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>created from a baseline assessment</source>
        <translation>créée à partir d&apos;une évaluation de référence</translation>
    </message>
    <message>
        <source>imported from {file}</source>
        <translation>importée depuis {file}</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>justification</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>flag for review</source>
        <translation>signalement pour revue</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revu</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>network name</source>
        <translation>nom du réseau</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>member countries</source>
        <translation>pays membres</translation>
    </message>
    <message>
        <source>assessment date</source>
        <translation>date de l&apos;évaluation</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>animateur</translation>
    </message>
    <message>
        <source>working language</source>
        <translation>langue de travail</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>target level</source>
        <translation>niveau cible</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <source>Critical item</source>
        <translation>Élément critique</translation>
    </message>
    <message>
        <source>Carried over — not yet reviewed</source>
        <translation>Repris — pas encore revu</translation>
    </message>
    <message>
        <source>Level {level} ({name}) looks like:</source>
        <translation>Au niveau {level} ({name}), cela ressemble à :</translation>
    </message>
    <message>
        <source>Evidence, for example: {list}</source>
        <translation>Preuves, par exemple : {list}</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <source>The item does not apply to this network (say why below).</source>
        <translation>L&apos;élément ne s&apos;applique pas à ce réseau (dites pourquoi ci-dessous).</translation>
    </message>
    <message>
        <source>Why does this item not apply? (required)</source>
        <translation>Pourquoi cet élément ne s&apos;applique-t-il pas ? (obligatoire)</translation>
    </message>
    <message>
        <source>{item} justification for Not applicable</source>
        <translation>{item} justification de « Sans objet »</translation>
    </message>
    <message>
        <source>Notes and evidence: documents, minutes, links…</source>
        <translation>Notes et preuves : documents, comptes rendus, liens…</translation>
    </message>
    <message>
        <source>{item} notes and evidence</source>
        <translation>{item} notes et preuves</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>Signaler pour revue</translation>
    </message>
    <message>
        <source>{item} flag for review</source>
        <translation>{item} signaler pour revue</translation>
    </message>
    <message>
        <source>Level {level} – {name}</source>
        <translation>Niveau {level} – {name}</translation>
    </message>
    <message>
        <source>{level}: {meaning}</source>
        <translation>{level} : {meaning}</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>niveau {level}</translation>
    </message>
    <message>
        <source>{question} Current answer: {state}.</source>
        <translation>{question} Réponse actuelle : {state}.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Keep this carried-over answer as it is: mark it reviewed</source>
        <translation>Garder cette réponse reprise telle quelle : la marquer comme revue</translation>
    </message>
    <message>
        <source>{item}: confirm carried-over answer</source>
        <translation>{item} : confirmer la réponse reprise</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove the level or N/A (Delete); notes and flag stay</source>
        <translation>Retirer le niveau ou « S.O. » (Suppr) ; les notes et le signalement restent</translation>
    </message>
    <message>
        <source>{item}: clear answer</source>
        <translation>{item} : effacer la réponse</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Effacer la réponse</translation>
    </message>
    <message>
        <source>Confirm carried-over answer</source>
        <translation>Confirmer la réponse reprise</translation>
    </message>
    <message>
        <source>&amp;History of this item…</source>
        <translation>&amp;Historique de cet élément…</translation>
    </message>
    <message>
        <source>History of {item} — {title}</source>
        <translation>Historique de {item} — {title}</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondus</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Convenu</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The report, the action-plan workbook and the comparison are written in it</source>
        <translation>Le rapport, le classeur du plan d&apos;action et la comparaison sont rédigés dans cette langue</translation>
    </message>
</context>
<context>
    <name>LibraryWidget</name>
    <message>
        <source>Filter by network, title, status, band…</source>
        <translation>Filtrer par réseau, titre, statut, palier…</translation>
    </message>
    <message>
        <source>Filter assessments</source>
        <translation>Filtrer les évaluations</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Re-assess…</source>
        <translation>&amp;Réévaluer…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Re&amp;port (PDF)…</source>
        <translation>Ra&amp;pport (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Compare two or more assessments side by side (Ctrl+click to select them)</source>
        <translation>Comparer deux évaluations ou plus côte à côte (Ctrl+clic pour les sélectionner)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>WEN assessment files ({patterns});;All files (*)</source>
        <translation>Fichiers d&apos;évaluation WEN ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>wen-assess — WEN self-assessment</source>
        <translation>wen-assess — auto-évaluation des WEN</translation>
    </message>
    <message>
        <source>wen-assess — {name}</source>
        <translation>wen-assess — {name}</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Base de données : {name}</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Translation draft, not reviewed by ICCWC</source>
        <translation>Traduction provisoire, non revue par l&apos;ICCWC</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Fill in a response form…</source>
        <translation>&amp;Remplir un formulaire de réponse…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>Exporter le &amp;rapport (PDF)…</translation>
    </message>
    <message>
        <source>Export action &amp;plan (Excel or CSV)…</source>
        <translation>Exporter le &amp;plan d&apos;action (Excel ou CSV)…</translation>
    </message>
    <message>
        <source>Add &amp;demo assessments</source>
        <translation>Ajouter les évaluations de &amp;démonstration</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Vo&amp;tre nom…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>Back to &amp;library</source>
        <translation>Retour à la &amp;bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Re-assess…</source>
        <translation>&amp;Réévaluer…</translation>
    </message>
    <message>
        <source>&amp;Compare selected</source>
        <translation>&amp;Comparer la sélection</translation>
    </message>
    <message>
        <source>Member r&amp;esponses…</source>
        <translation>Réponses des m&amp;embres…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Présentation</translation>
    </message>
    <message>
        <source>&amp;Find item…</source>
        <translation>Rec&amp;hercher un élément…</translation>
    </message>
    <message>
        <source>Reset &amp;column widths</source>
        <translation>Rétablir la largeur des &amp;colonnes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>&amp;About wen-assess</source>
        <translation>À &amp;propos de wen-assess</translation>
    </message>
    <message>
        <source>Text size {percent} %</source>
        <translation>Taille du texte {percent} %</translation>
    </message>
    <message>
        <source>Presentation shows an area page: open one first.</source>
        <translation>La présentation montre une page de domaine : ouvrez-en une d&apos;abord.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>C&amp;lear answer</source>
        <translation>E&amp;ffacer la réponse</translation>
    </message>
    <message>
        <source>&amp;Confirm carried-over answer</source>
        <translation>&amp;Confirmer la réponse reprise</translation>
    </message>
    <message>
        <source>Confirm &amp;all carried-over answers in this area</source>
        <translation>Confirmer &amp;toutes les réponses reprises de ce domaine</translation>
    </message>
    <message>
        <source>Item &amp;history…</source>
        <translation>&amp;Historique de l&apos;élément…</translation>
    </message>
    <message>
        <source>C&amp;lear answer of {item}</source>
        <translation>E&amp;ffacer la réponse de {item}</translation>
    </message>
    <message>
        <source>&amp;Confirm carried-over answer of {item}</source>
        <translation>&amp;Confirmer la réponse reprise de {item}</translation>
    </message>
    <message>
        <source>Click an item first</source>
        <translation>Cliquez d&apos;abord sur un élément</translation>
    </message>
    <message>
        <source>Open an area of the questionnaire first</source>
        <translation>Ouvrez d&apos;abord un domaine du questionnaire</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation>Impossible d&apos;ouvrir l&apos;évaluation</translation>
    </message>
    <message>
        <source>Cannot show the responses</source>
        <translation>Impossible d&apos;afficher les réponses</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Comparaison impossible</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n assessments; left out {left} (no item in common)</source>
        <translation>
            <numerusform>%n évaluation comparée ; écartées : {left} (aucun élément en commun)</numerusform>
            <numerusform>%n évaluations comparées ; écartées : {left} (aucun élément en commun)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the assessment</source>
        <translation>Impossible de créer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Re-assess</source>
        <translation>Réévaluer</translation>
    </message>
    <message>
        <source>A new assessment of {network} starts from this one&apos;s answers, each marked &apos;carried over&apos; until someone reviews it.

Title of the new assessment:</source>
        <translation>Une nouvelle évaluation de {network} part des réponses de celle-ci, chacune marquée « reprise » jusqu&apos;à ce que quelqu&apos;un la revoie.

Titre de la nouvelle évaluation :</translation>
    </message>
    <message>
        <source>{network} re-assessment</source>
        <translation>Réévaluation de {network}</translation>
    </message>
    <message>
        <source>Cannot re-assess</source>
        <translation>Réévaluation impossible</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Supprimer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Delete “{title}” of {network}?

Its answers, notes and action plan are removed from this computer. This cannot be undone; export it first to keep a copy.</source>
        <translation>Supprimer « {title} » de {network} ?

Ses réponses, notes et plan d&apos;action sont retirés de cet ordinateur. C&apos;est définitif ; exportez-la d&apos;abord pour en garder une copie.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>Cannot add the demo assessments</source>
        <translation>Impossible d&apos;ajouter les évaluations de démonstration</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo assessments</source>
        <translation>
            <numerusform>%n évaluation de démonstration ajoutée</numerusform>
            <numerusform>%n évaluations de démonstration ajoutées</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo assessments are already there</source>
        <translation>Les évaluations de démonstration sont déjà là</translation>
    </message>
    <message>
        <source>Import assessments</source>
        <translation>Importer des évaluations</translation>
    </message>
    <message>
        <source>Fill in a response form</source>
        <translation>Remplir un formulaire de réponse</translation>
    </message>
    <message>
        <source>Response form in Excel</source>
        <translation>Formulaire de réponse Excel</translation>
    </message>
    <message>
        <source>{file} is the Excel version of a response form: fill it in with Excel or LibreOffice. To fill it in here, open the .response.wen.json file that came with it. A coordinator imports filled forms from an open assessment (Assessment › Member responses).</source>
        <translation>{file} est la version Excel d&apos;un formulaire de réponse : remplissez-la avec Excel ou LibreOffice. Pour le remplir ici, ouvrez le fichier .response.wen.json qui l&apos;accompagne. Un coordinateur importe les formulaires remplis depuis une évaluation ouverte (Évaluation › Réponses des membres).</translation>
    </message>
    <message>
        <source> (a file that is not imported changes nothing).</source>
        <translation> (un fichier non importé ne change rien).</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>History of {network} — {title}</source>
        <translation>Historique de {network} — {title}</translation>
    </message>
    <message>
        <source>Export assessment</source>
        <translation>Exporter l&apos;évaluation</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Exported to {path} (checked by reading it back)</source>
        <translation>Exportée dans {path} (vérifiée par relecture)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Rapport non écrit</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Rapport écrit dans {path}</translation>
    </message>
    <message>
        <source>Export action plan</source>
        <translation>Exporter le plan d&apos;action</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, for any spreadsheet (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV, pour tout tableur (*.csv)</translation>
    </message>
    <message>
        <source>Action plan not written</source>
        <translation>Plan d&apos;action non écrit</translation>
    </message>
    <message numerus="yes">
        <source>Action plan (%n entries) written to {path}</source>
        <translation>
            <numerusform>Plan d&apos;action (%n entrée) écrit dans {path}</numerusform>
            <numerusform>Plan d&apos;action (%n entrées) écrit dans {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MakeFormsDialog</name>
    <message>
        <source>Make response forms</source>
        <translation>Créer les formulaires de réponse</translation>
    </message>
    <message>
        <source>Member countries, separated by commas</source>
        <translation>Pays membres, séparés par des virgules</translation>
    </message>
    <message>
        <source>optional, e.g. Wildlife authority, Customs</source>
        <translation>facultatif, p. ex. Autorité de la faune, Douanes</translation>
    </message>
    <message>
        <source>Agencies, separated by commas (optional)</source>
        <translation>Administrations, séparées par des virgules (facultatif)</translation>
    </message>
    <message>
        <source>Folder for the forms</source>
        <translation>Dossier des formulaires</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>One Excel form per country (or per country and agency), in the assessment&apos;s language, plus the same as a response file for members who use wen-assess.</source>
        <translation>Un formulaire Excel par pays (ou par pays et administration), dans la langue de l&apos;évaluation, ainsi que le même sous forme de fichier de réponse pour les membres qui utilisent wen-assess.</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>A&amp;gencies:</source>
        <translation>&amp;Administrations :</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Make forms</source>
        <translation>&amp;Créer les formulaires</translation>
    </message>
    <message>
        <source>No forms made</source>
        <translation>Aucun formulaire créé</translation>
    </message>
    <message>
        <source>Name at least one country.</source>
        <translation>Indiquez au moins un pays.</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Choisissez un dossier.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {problem}.</source>
        <translation>Impossible d&apos;écrire dans {folder} : {problem}.</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message numerus="yes">
        <source>{title} (v{version}, %n items)</source>
        <translation>
            <numerusform>{title} (v{version}, %n élément)</numerusform>
            <numerusform>{title} (v{version}, %n éléments)</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. SAWEN</source>
        <translation>p. ex. SAWEN</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>Nom du réseau</translation>
    </message>
    <message>
        <source>e.g. South Asia</source>
        <translation>p. ex. Afrique centrale</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Date de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Questionnaire :</translation>
    </message>
    <message>
        <source>&amp;Network name:</source>
        <translation>&amp;Nom du réseau :</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>Assessment &amp;date:</source>
        <translation>&amp;Date de l&apos;évaluation :</translation>
    </message>
    <message>
        <source>&amp;Working language:</source>
        <translation>&amp;Langue de travail :</translation>
    </message>
    <message>
        <source>Please give the network&apos;s name.</source>
        <translation>Indiquez le nom du réseau.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation / agency</source>
        <translation>Organisation / administration</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>&amp;Ajouter un participant</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Retirer la sélection</translation>
    </message>
    <message>
        <source>Who took part: the chair and secretariat, national focal points of wildlife/CITES authorities, customs, police and prosecution, and observers.</source>
        <translation>Qui a participé : la présidence et le secrétariat, les points focaux nationaux des autorités chargées de la faune et de la CITES, des douanes, de la police et du ministère public, et les observateurs.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>E&amp;xport plan (Excel or CSV)…</source>
        <translation>E&amp;xporter le plan (Excel ou CSV)…</translation>
    </message>
    <message>
        <source>One line per improvement item, most urgent first (P1 critical items at a low level, P2 other low items, P3 items one step from the top). Give each an owner, a due date and a status; defaults follow the priority. Saved as you edit; the plan travels in exported files and the report.</source>
        <translation>Une ligne par élément à améliorer, le plus urgent d&apos;abord (P1 éléments critiques à un niveau bas, P2 autres éléments bas, P3 éléments à un pas du sommet). Donnez à chacun un responsable, une échéance et un statut ; les valeurs par défaut suivent la priorité. Enregistré au fil de la saisie ; le plan accompagne les fichiers exportés et le rapport.</translation>
    </message>
    <message>
        <source>Due date for {item}</source>
        <translation>Échéance de {item}</translation>
    </message>
    <message>
        <source>Status of {item}</source>
        <translation>Statut de {item}</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>Presentation — {area}</source>
        <translation>Présentation — {area}</translation>
    </message>
    <message>
        <source>Presentation view</source>
        <translation>Vue de présentation</translation>
    </message>
    <message>
        <source>Area and position</source>
        <translation>Domaine et position</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Does not apply.</source>
        <translation>Ne s&apos;applique pas.</translation>
    </message>
    <message>
        <source>0–3 or N answers · ← → or PgUp/PgDn: other items · Esc or F11: back to the page</source>
        <translation>0–3 ou N répond · ← → ou PgUp/PgDn : autres éléments · Échap ou F11 : retour à la page</translation>
    </message>
    <message>
        <source>Answer status</source>
        <translation>État de la réponse</translation>
    </message>
    <message numerus="yes">
        <source>{code} · {area} — item {position} of %n</source>
        <translation>
            <numerusform>{code} · {area} — élément {position} sur %n</numerusform>
            <numerusform>{code} · {area} — élément {position} sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>critical item</source>
        <translation>élément critique</translation>
    </message>
    <message>
        <source>This assessment is completed: reopen it to change answers.</source>
        <translation>Cette évaluation est terminée : rouvrez-la pour modifier les réponses.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Pas encore de réponse.</translation>
    </message>
    <message>
        <source>Not applicable — write why in the item&apos;s justification after the session.</source>
        <translation>Sans objet — écrivez pourquoi dans la justification de l&apos;élément après la séance.</translation>
    </message>
    <message>
        <source>Answered: level {level}. Saved.</source>
        <translation>Réponse : niveau {level}. Enregistrée.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Network profile</source>
        <translation>Profil du réseau</translation>
    </message>
    <message>
        <source>One country per line</source>
        <translation>Un pays par ligne</translation>
    </message>
    <message>
        <source>&amp;Network name:</source>
        <translation>&amp;Nom du réseau :</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>&amp;Member countries:</source>
        <translation>&amp;Pays membres :</translation>
    </message>
    <message>
        <source>Assessment &amp;title:</source>
        <translation>&amp;Titre de l&apos;évaluation :</translation>
    </message>
    <message>
        <source>Assessment &amp;date:</source>
        <translation>&amp;Date de l&apos;évaluation :</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Animateur :</translation>
    </message>
    <message>
        <source>&amp;Working language:</source>
        <translation>&amp;Langue de travail :</translation>
    </message>
    <message>
        <source>Questionnaire:</source>
        <translation>Questionnaire :</translation>
    </message>
    <message>
        <source>Who is assessing, and when.</source>
        <translation>Qui évalue, et quand.</translation>
    </message>
    <message>
        <source>The network&apos;s name cannot be empty.</source>
        <translation>Le nom du réseau ne peut pas être vide.</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of area scores against targets</source>
        <translation>Graphique radar des scores des domaines par rapport aux cibles</translation>
    </message>
</context>
<context>
    <name>ResponseItemWidget</name>
    <message>
        <source>Remove the level or N/A (Delete); notes stay</source>
        <translation>Retirer le niveau ou « S.O. » (Suppr) ; les notes restent</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Effacer la réponse</translation>
    </message>
</context>
<context>
    <name>ResponsesDialog</name>
    <message>
        <source>Member responses — {network}</source>
        <translation>Réponses des membres — {network}</translation>
    </message>
    <message>
        <source>Make &amp;forms…</source>
        <translation>Créer les &amp;formulaires…</translation>
    </message>
    <message>
        <source>&amp;Import responses…</source>
        <translation>&amp;Importer des réponses…</translation>
    </message>
    <message>
        <source>Workshop &amp;agenda…</source>
        <translation>&amp;Ordre du jour de l&apos;atelier…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Items and what the members said</source>
        <translation>Éléments et ce qu&apos;en ont dit les membres</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Who said what</source>
        <translation>Qui a dit quoi</translation>
    </message>
    <message>
        <source>Use the proposal as the agreed level</source>
        <translation>Retenir la proposition comme niveau convenu</translation>
    </message>
    <message>
        <source>Agreed level</source>
        <translation>Niveau convenu</translation>
    </message>
    <message>
        <source>A&amp;greed level:</source>
        <translation>Niveau &amp;convenu :</translation>
    </message>
    <message>
        <source>— not agreed yet —</source>
        <translation>— pas encore convenu —</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <source>Bars: how many members gave each level: {squares}</source>
        <translation>Barres : nombre de membres ayant donné chaque niveau : {squares}</translation>
    </message>
    <message>
        <source>Responses received: {n}. Countries: {countries}.</source>
        <translation>Réponses reçues : {n}. Pays : {countries}.</translation>
    </message>
    <message>
        <source>Not yet answered: {countries}.</source>
        <translation>Pas encore de réponse : {countries}.</translation>
    </message>
    <message>
        <source>Items where members disagree by two levels or more (⚠): {n}. ★ critical item.</source>
        <translation>Éléments où les membres divergent de deux niveaux ou plus (⚠) : {n}. ★ élément critique.</translation>
    </message>
    <message>
        <source>No responses yet. Make a form for each member, send them out, then import the filled forms here (or drop them on this window).</source>
        <translation>Pas encore de réponses. Créez un formulaire pour chaque membre, envoyez-les, puis importez ici les formulaires remplis (ou déposez-les sur cette fenêtre).</translation>
    </message>
    <message>
        <source>critical item</source>
        <translation>élément critique</translation>
    </message>
    <message>
        <source>members disagree</source>
        <translation>les membres divergent</translation>
    </message>
    <message>
        <source>Answered by {answered} of {responses}. Levels: {distribution}. Median {median}, range {range}.</source>
        <translation>Répondu par {answered} sur {responses}. Niveaux : {distribution}. Médiane {median}, étendue {range}.</translation>
    </message>
    <message>
        <source>Use &amp;proposal: {level}</source>
        <translation>Retenir la &amp;proposition : {level}</translation>
    </message>
    <message>
        <source>Forms made</source>
        <translation>Formulaires créés</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) written in {folder}: an Excel workbook and a response file per member. Send each member theirs.</source>
        <translation>
            <numerusform>%n formulaire écrit dans {folder} : un classeur Excel et un fichier de réponse pour le membre. Envoyez-le-lui.</numerusform>
            <numerusform>%n formulaires écrits dans {folder} : un classeur Excel et un fichier de réponse par membre. Envoyez à chaque membre les siens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import filled response forms</source>
        <translation>Importer les formulaires de réponse remplis</translation>
    </message>
    <message>
        <source>Response forms (*.xlsx *.json);;All files (*)</source>
        <translation>Formulaires de réponse (*.xlsx *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>Replace a response?</source>
        <translation>Remplacer une réponse ?</translation>
    </message>
    <message>
        <source>{message}.

Replace the earlier response with the one in {file}?</source>
        <translation>{message}.

Remplacer la réponse précédente par celle de {file} ?</translation>
    </message>
    <message>
        <source>{file}: {status}: {message}</source>
        <translation>{file} : {status} : {message}</translation>
    </message>
    <message>
        <source>Responses imported</source>
        <translation>Réponses importées</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importée</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>remplacée</translation>
    </message>
    <message>
        <source>kept the earlier response</source>
        <translation>réponse précédente conservée</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>déjà importée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Mean level</source>
        <translation>Niveau moyen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Palier</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondus</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Area results</source>
        <translation>Résultats par domaine</translation>
    </message>
    <message>
        <source>Target level for {area}</source>
        <translation>Niveau cible pour {area}</translation>
    </message>
    <message>
        <source>Overall result</source>
        <translation>Résultat global</translation>
    </message>
    <message>
        <source>&amp;Mark as completed</source>
        <translation>&amp;Marquer comme terminée</translation>
    </message>
    <message>
        <source>Re&amp;open for editing</source>
        <translation>R&amp;ouvrir pour modification</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>Exporter le &amp;rapport (PDF)…</translation>
    </message>
    <message>
        <source>Computed from the answers saved so far.</source>
        <translation>Calculés à partir des réponses enregistrées jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>(capped)</source>
        <translation>(plafonné)</translation>
    </message>
    <message>
        <source>Capped at {band}: critical item(s) {items} at level {level} or below.</source>
        <translation>Plafonné à {band} : élément(s) critique(s) {items} au niveau {level} ou moins.</translation>
    </message>
    <message>
        <source>Overall: {score} · {band}</source>
        <translation>Global : {score} · {band}</translation>
    </message>
    <message numerus="yes">
        <source>{weakest} · completeness {share} ({answered} of %n items) · improvement plan: {p1} P1, {p2} P2, {p3} P3</source>
        <translation>
            <numerusform>{weakest} · complétude {share} ({answered} sur %n élément) · plan d&apos;amélioration : {p1} P1, {p2} P2, {p3} P3</numerusform>
            <numerusform>{weakest} · complétude {share} ({answered} sur %n éléments) · plan d&apos;amélioration : {p1} P1, {p2} P2, {p3} P3</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;This assessment is completed.&lt;/b&gt; Reopen it to change answers.</source>
        <translation>&lt;b&gt;Cette évaluation est terminée.&lt;/b&gt; Rouvrez-la pour modifier les réponses.</translation>
    </message>
    <message>
        <source>Every item is answered: you can mark the assessment as completed.</source>
        <translation>Tous les éléments ont une réponse : vous pouvez marquer l&apos;évaluation comme terminée.</translation>
    </message>
    <message>
        <source>Not ready to complete: {reasons}.</source>
        <translation>Pas encore prête à terminer : {reasons}.</translation>
    </message>
    <message>
        <source>The assessment cannot be completed yet: {reasons}.</source>
        <translation>L&apos;évaluation ne peut pas encore être terminée : {reasons}.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Still to assess</source>
        <translation>Reste à évaluer</translation>
    </message>
    <message>
        <source>Not applicable without a justification</source>
        <translation>« Sans objet » sans justification</translation>
    </message>
    <message>
        <source>Flagged for review</source>
        <translation>Signalés pour revue</translation>
    </message>
    <message>
        <source>Carried over from the baseline — not yet reviewed</source>
        <translation>Repris de l&apos;évaluation de référence — pas encore revus</translation>
    </message>
    <message>
        <source>What is still open before the assessment can be completed.</source>
        <translation>Ce qui reste ouvert avant de pouvoir terminer l&apos;évaluation.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
</context>
<context>
    <name>SavingText</name>
    <message>
        <source>Notes are limited to {count} characters; the rest was not kept.</source>
        <translation>Les notes sont limitées à {count} caractères ; le reste n&apos;a pas été conservé.</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>Send to your coordinator</source>
        <translation>Envoyer à votre coordinateur</translation>
    </message>
    <message>
        <source>The file to send</source>
        <translation>Le fichier à envoyer</translation>
    </message>
    <message>
        <source>The file does not hold your last changes: keep them in another file with Save as…, and send that one.</source>
        <translation>Le fichier ne contient pas vos dernières modifications : gardez-les dans un autre fichier avec Enregistrer sous…, et envoyez celui-là.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Show the file in its folder, to attach it</source>
        <translation>Montrer le fichier dans son dossier, pour le joindre</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer s&amp;ous…</translation>
    </message>
    <message>
        <source>Items left open</source>
        <translation>Éléments restés ouverts</translation>
    </message>
    <message>
        <source>Send this file to your coordinator</source>
        <translation>Envoyez ce fichier à votre coordinateur</translation>
    </message>
    <message>
        <source>{answered} of {total} items answered. Your answers are saved in this file as you give them: when you have finished, send it to your coordinator (attached to an e-mail, for example), who imports it into the network&apos;s assessment.</source>
        <translation>{answered} sur {total} éléments répondus. Vos réponses sont enregistrées dans ce fichier au fur et à mesure : quand vous avez terminé, envoyez-le à votre coordinateur (en pièce jointe d’un e-mail, par exemple), qui l’importe dans l’évaluation du réseau.</translation>
    </message>
    <message>
        <source>Not applicable: say why it does not apply</source>
        <translation>Sans objet : dites pourquoi il ne s’applique pas</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>Left open ({count}): you may leave out items you cannot judge; only the items you answer are counted. Double-click one to answer it.</source>
        <translation>Restés ouverts ({count}) : vous pouvez laisser de côté les éléments que vous ne pouvez pas juger ; seuls les éléments auxquels vous répondez sont comptés. Double-cliquez sur l’un d’eux pour y répondre.</translation>
    </message>
    <message>
        <source>Every item is answered.</source>
        <translation>Tous les éléments ont une réponse.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Answer the focused item with that level</source>
        <translation>Répondre à l&apos;élément actif avec ce niveau</translation>
    </message>
    <message>
        <source>Mark the focused item not applicable</source>
        <translation>Marquer l&apos;élément actif « Sans objet »</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>Contrôle suivant / précédent</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Area page</source>
        <translation>Page de domaine</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Palier</translation>
    </message>
    <message>
        <source>Demo assessment (illustrative data)</source>
        <translation>Évaluation de démonstration (données d&apos;illustration)</translation>
    </message>
</context>
<context>
    <name>TrendSection</name>
    <message>
        <source>{network}: area scores over time</source>
        <translation>{network} : scores des domaines dans le temps</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Points from {start} to {end}</source>
        <translation>Points de {start} à {end}</translation>
    </message>
    <message numerus="yes">
        <source>Items whose level rose (%n), with the notes of both assessments</source>
        <translation>
            <numerusform>Éléments dont le niveau a monté (%n), avec les notes des deux évaluations</numerusform>
            <numerusform>Éléments dont le niveau a monté (%n), avec les notes des deux évaluations</numerusform>
        </translation>
    </message>
    <message>
        <source>{network}: items whose level rose</source>
        <translation>{network} : éléments dont le niveau a monté</translation>
    </message>
    <message numerus="yes">
        <source>Items whose level fell (%n), with the notes of both assessments</source>
        <translation>
            <numerusform>Éléments dont le niveau a baissé (%n), avec les notes des deux évaluations</numerusform>
            <numerusform>Éléments dont le niveau a baissé (%n), avec les notes des deux évaluations</numerusform>
        </translation>
    </message>
    <message>
        <source>{network}: items whose level fell</source>
        <translation>{network} : éléments dont le niveau a baissé</translation>
    </message>
    <message>
        <source>Notes {date}</source>
        <translation>Notes {date}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Actions of the earlier plan, and whether they were done</source>
        <translation>Actions du plan précédent, et si elles ont été réalisées</translation>
    </message>
    <message>
        <source>The earlier assessment has no action plan.</source>
        <translation>L&apos;évaluation précédente n&apos;a pas de plan d&apos;action.</translation>
    </message>
    <message>
        <source>{network}: follow-up of the earlier plan</source>
        <translation>{network} : suivi du plan précédent</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Later plan</source>
        <translation>Plan suivant</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sans texte)</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>done</source>
        <translation>réalisée</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>non réalisée</translation>
    </message>
    <message>
        <source>Done: marked done in either plan, or the item&apos;s level rose.</source>
        <translation>Réalisée : marquée « Fait » dans l&apos;un des plans, ou le niveau de l&apos;élément a monté.</translation>
    </message>
    <message>
        <source>Not marked done, and the item&apos;s level did not rise.</source>
        <translation>Non marquée « Fait », et le niveau de l&apos;élément n&apos;a pas monté.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrade the shared database?</source>
        <translation>Mettre à niveau la base de données partagée ?</translation>
    </message>
    <message>
        <source>The database {name} is at version {current}; this version of wen-assess needs version {head}.</source>
        <translation>La base de données {name} est en version {current} ; cette version de wen-assess nécessite la version {head}.</translation>
    </message>
    <message>
        <source>Other people use it too: after the upgrade, older versions of wen-assess cannot open it. Upgrade it only once everyone has this version.</source>
        <translation>D&apos;autres personnes l&apos;utilisent aussi : après la mise à niveau, les versions plus anciennes de wen-assess ne pourront plus l&apos;ouvrir. Ne la mettez à niveau qu&apos;une fois que tout le monde a cette version.</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Mettre à niveau</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>UserName</name>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your name, as it is recorded with each change you make
(others see it in the history, e.g. “changed by A. Mwangi”):</source>
        <translation>Votre nom, tel qu&apos;il est enregistré avec chacune de vos modifications
(les autres le voient dans l&apos;historique, p. ex. « modifié par A. Mwangi ») :</translation>
    </message>
</context>
<context>
    <name>_EmptyLibrary</name>
    <message>
        <source>No assessments yet</source>
        <translation>Aucune évaluation pour l&apos;instant</translation>
    </message>
    <message>
        <source>Start a self-assessment of your network with &lt;b&gt;New&lt;/b&gt;: choose a questionnaire, fill in the network&apos;s profile and go through the areas item by item. Every answer is saved as you give it.&lt;br&gt;&lt;br&gt;Received a &lt;code&gt;.wen.json&lt;/code&gt; file? &lt;b&gt;Import&lt;/b&gt; it, or drop it on this window. To look around first, add the demo assessments of a few example networks (clearly marked as demos; delete them any time).</source>
        <translation>Commencez l&apos;auto-évaluation de votre réseau avec &lt;b&gt;Nouvelle&lt;/b&gt; : choisissez un questionnaire, remplissez le profil du réseau et parcourez les domaines élément par élément. Chaque réponse est enregistrée dès que vous la donnez.&lt;br&gt;&lt;br&gt;Vous avez reçu un fichier &lt;code&gt;.wen.json&lt;/code&gt; ? &lt;b&gt;Importez&lt;/b&gt;-le, ou déposez-le sur cette fenêtre. Pour découvrir l&apos;application d&apos;abord, ajoutez les évaluations de démonstration de quelques réseaux d&apos;exemple (clairement marquées comme démonstrations ; supprimez-les quand vous voulez).</translation>
    </message>
    <message>
        <source>Start a new assessment…</source>
        <translation>Commencer une nouvelle évaluation…</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <source>Add demo assessments</source>
        <translation>Ajouter les évaluations de démonstration</translation>
    </message>
    <message>
        <source>Asked by your coordinator to fill in a response form (&lt;code&gt;.response.wen.json&lt;/code&gt;)? Open it here, or drop it on this window.</source>
        <translation>Votre coordinateur vous demande de remplir un formulaire de réponse (&lt;code&gt;.response.wen.json&lt;/code&gt;)&#xa0;? Ouvrez-le ici, ou déposez-le sur cette fenêtre.</translation>
    </message>
    <message>
        <source>Fill in a response form…</source>
        <translation>Remplir un formulaire de réponse…</translation>
    </message>
</context>
</TS>

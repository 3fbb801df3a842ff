<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>BlaAssistant</name>
    <message>
      <location filename="bla_assistant/gui/dialogs/about_dialog.py" line="44" />
      <source>Drafting, checking and comparing bilateral labour agreements and social security agreements. Works offline; nothing is sent anywhere.</source>
      <translation>Rédaction, vérification et comparaison des accords bilatéraux de main-d'œuvre et des accords de sécurité sociale. Fonctionne hors ligne ; rien n'est envoyé nulle part.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/about_dialog.py" line="45" />
      <source>Sources cited by the library</source>
      <translation>Sources citées par la bibliothèque</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/about_dialog.py" line="46" />
      <source>* not yet verified against the original text</source>
      <translation>* pas encore vérifié sur le texte original</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/about_dialog.py" line="47" />
      <source>Licences</source>
      <translation>Licences</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/about_dialog.py" line="48" />
      <source>Qt and PySide6 are used under the LGPL-3.0 and linked dynamically: you may replace them with your own build of the same version. Their source is at https://code.qt.io.</source>
      <translation>Qt et PySide6 sont utilisés sous licence LGPL-3.0 et liés dynamiquement : vous pouvez les remplacer par votre propre compilation de la même version. Leur code source se trouve sur https://code.qt.io.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/about_dialog.py" line="55" />
      <source>About BLA Assistant</source>
      <translation>À propos de BLA Assistant</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="103" />
      <source>New Agreement</source>
      <translation>Nouvel accord</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="113" />
      <source>Kind of agreement</source>
      <translation>Type d'accord</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="114" />
      <source>The kind decides which checklists and clauses apply.</source>
      <translation>Le type détermine les listes de contrôle et les clauses applicables.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="117" />
      <source>Bilateral labour agreement (BLA)</source>
      <translation>Accord bilatéral de main-d'œuvre (ABMO)</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="118" />
      <source>Memorandum of understanding on labour (MoU)</source>
      <translation>Protocole d'accord sur la main-d'œuvre (PA)</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="119" />
      <source>Social security agreement (SSA)</source>
      <translation>Accord de sécurité sociale (ASS)</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="123" />
      <source>e.g. Agreement on the recruitment of workers</source>
      <translation>p. ex. Accord relatif au recrutement de travailleurs</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="124" />
      <source>Type:</source>
      <translation>Type :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="125" />
      <source>Working title:</source>
      <translation>Titre provisoire :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="130" />
      <source>Parties</source>
      <translation>Parties</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="131" />
      <source>The two States as they will be named in the text.</source>
      <translation>Les deux États, tels qu'ils seront nommés dans le texte.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="134" />
      <source>e.g. the Republic of Ghana</source>
      <translation>p. ex. la République du Ghana</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="137" />
      <source>e.g. the State of Qatar</source>
      <translation>p. ex. l'État du Qatar</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="140" />
      <source>Party A sends workers (country of origin)</source>
      <translation>La partie A envoie les travailleurs (pays d'origine)</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="141" />
      <source>Party A receives workers (country of destination)</source>
      <translation>La partie A accueille les travailleurs (pays de destination)</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="143" />
      <source>Party A:</source>
      <translation>Partie A :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="144" />
      <source>Short name:</source>
      <translation>Nom court :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="145" />
      <source>Party B:</source>
      <translation>Partie B :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="147" />
      <source>Role:</source>
      <translation>Rôle :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="154" />
      <source>Sector and languages</source>
      <translation>Secteur et langues</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="162" />
      <source>Sector:</source>
      <translation>Secteur :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="163" />
      <source>Languages:</source>
      <translation>Langues :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="175" />
      <source>Template and elements</source>
      <translation>Modèle et éléments</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="176" />
      <source>Essential elements of the checklist are ticked; untick what the agreement will not cover.</source>
      <translation>Les éléments essentiels de la liste sont cochés ; décochez ce que l'accord ne couvrira pas.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="180" />
      <source>Our standard template</source>
      <translation>Notre modèle standard</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="181" />
      <source>Browse…</source>
      <translation>Parcourir…</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="186" />
      <source>Word template of your ministry (optional):</source>
      <translation>Modèle Word de votre ministère (facultatif) :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="193" />
      <source>Checklist:</source>
      <translation>Liste de contrôle :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="200" />
      <source>Word template</source>
      <translation>Modèle Word</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="201" />
      <source>Word document (*.docx *.dotx)</source>
      <translation>Document Word (*.docx *.dotx)</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="218" />
      <source>No checklist in the library covers this kind of agreement yet; the project starts empty.</source>
      <translation>Aucune liste de contrôle de la bibliothèque ne couvre encore ce type d'accord ; le projet commence vide.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="231" />
      <source>No clause for this element in the library yet.</source>
      <translation>Pas encore de clause pour cet élément dans la bibliothèque.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="29" />
      <source>All sectors</source>
      <translation>Tous les secteurs</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="29" />
      <source>Agriculture</source>
      <translation>Agriculture</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="30" />
      <source>Construction</source>
      <translation>Construction</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="30" />
      <source>Domestic work</source>
      <translation>Travail domestique</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="31" />
      <source>Health care</source>
      <translation>Santé</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="31" />
      <source>Hospitality</source>
      <translation>Hôtellerie et restauration</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="32" />
      <source>Manufacturing</source>
      <translation>Industrie manufacturière</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/new_agreement_wizard.py" line="32" />
      <source>Seafarers</source>
      <translation>Gens de mer</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/project_properties.py" line="21" />
      <source>Agreement Properties</source>
      <translation>Propriétés de l'accord</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/project_properties.py" line="26" />
      <source>Title:</source>
      <translation>Titre :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/project_properties.py" line="28" />
      <source>Party %1:</source>
      <translation>Partie %1 :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/project_properties.py" line="29" />
      <source>Competent authority:</source>
      <translation>Autorité compétente :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/settings_dialog.py" line="21" />
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/settings_dialog.py" line="32" />
      <source>Interface language:</source>
      <translation>Langue de l'interface :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/settings_dialog.py" line="33" />
      <source>Autosave every:</source>
      <translation>Enregistrement automatique toutes les :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/dialogs/settings_dialog.py" line="34" />
      <source>Your name (for comments):</source>
      <translation>Votre nom (pour les commentaires) :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/file_controller.py" line="115" />
      <source>Cannot open project</source>
      <translation>Impossible d'ouvrir le projet</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/file_controller.py" line="132" />
      <source>Save project as</source>
      <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/file_controller.py" line="146" />
      <source>Cannot save project</source>
      <translation>Impossible d'enregistrer le projet</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/file_controller.py" line="151" />
      <source>Saving %1…</source>
      <translation>Enregistrement de %1…</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/file_controller.py" line="165" />
      <source>Saved %1</source>
      <translation>%1 enregistré</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/file_controller.py" line="181" />
      <source>an earlier session</source>
      <translation>une session précédente</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/file_controller.py" line="187" />
      <source>Recovery failed</source>
      <translation>Échec de la récupération</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/file_controller.py" line="66" />
      <source>Untitled</source>
      <translation>Sans titre</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/file_controller.py" line="86" />
      <source>Open project</source>
      <translation>Ouvrir un projet</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/file_controller.py" line="93" />
      <source>Opening %1…</source>
      <translation>Ouverture de %1…</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="101" />
      <source>&amp;Export to Word…</source>
      <translation>&amp;Exporter vers Word…</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="103" />
      <source>Export &amp;Gap Report…</source>
      <translation>Exporter le rapport de &amp;lacunes…</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="104" />
      <source>&amp;Import Received Draft…</source>
      <translation>&amp;Importer un projet reçu…</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="106" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="107" />
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="109" />
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="113" />
      <source>&amp;Settings…</source>
      <translation>&amp;Paramètres…</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="115" />
      <source>Agreement &amp;Properties…</source>
      <translation>&amp;Propriétés de l'accord…</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="117" />
      <source>Start Next Negotiation &amp;Round</source>
      <translation>Ouvrir le &amp;cycle de négociation suivant</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="118" />
      <source>Add &amp;Own Article</source>
      <translation>Ajouter un article &amp;libre</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="120" />
      <source>Re&amp;move Article</source>
      <translation>&amp;Supprimer l'article</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="122" />
      <source>Move Article &amp;Up</source>
      <translation>&amp;Monter l'article</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="124" />
      <source>Move Article &amp;Down</source>
      <translation>&amp;Descendre l'article</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="126" />
      <source>&amp;Check Gaps</source>
      <translation>&amp;Vérifier les lacunes</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="127" />
      <source>C&amp;ompare Two Drafts…</source>
      <translation>C&amp;omparer deux projets…</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="129" />
      <source>&amp;Reload Library</source>
      <translation>&amp;Recharger la bibliothèque</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="130" />
      <source>&amp;Welcome Page</source>
      <translation>Page d'&amp;accueil</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="131" />
      <source>&amp;About BLA Assistant</source>
      <translation>À &amp;propos de BLA Assistant</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="138" />
      <source>Library</source>
      <translation>Bibliothèque</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="138" />
      <source>Agreement</source>
      <translation>Accord</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="139" />
      <source>Gap Check</source>
      <translation>Lacunes</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="139" />
      <source>Compare</source>
      <translation>Comparer</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="139" />
      <source>Training</source>
      <translation>Formation</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="168" />
      <source>Loading the exercises…</source>
      <translation>Chargement des exercices…</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="219" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="222" />
      <source>Open &amp;Recent</source>
      <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="230" />
      <source>&amp;Edit</source>
      <translation>&amp;Édition</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="234" />
      <source>&amp;View</source>
      <translation>Affic&amp;hage</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="238" />
      <source>&amp;Tools</source>
      <translation>&amp;Outils</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="241" />
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="249" />
      <source>Library Problems</source>
      <translation>Problèmes de la bibliothèque</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="264" />
      <source>Library: %1 clauses, %2 checklists</source>
      <translation>Bibliothèque : %1 clauses, %2 listes de contrôle</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="267" />
      <source>%1 problem(s) in library files; see Library Problems</source>
      <translation>%1 problème(s) dans les fichiers de la bibliothèque ; voir Problèmes de la bibliothèque</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="298" />
      <source>Negotiation round %1 started.</source>
      <translation>Cycle de négociation %1 ouvert.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="303" />
      <source>Open or create an agreement first.</source>
      <translation>Ouvrez ou créez d'abord un accord.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="310" />
      <source>Added to the agreement.</source>
      <translation>Ajouté à l'accord.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="363" />
      <source>Edit not made</source>
      <translation>Modification non effectuée</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="410" />
      <source>Autosave failed</source>
      <translation>Échec de l'enregistrement automatique</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="410" />
      <source>Cannot check the draft</source>
      <translation>Impossible de vérifier le projet</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="411" />
      <source>Cannot compare the drafts</source>
      <translation>Impossible de comparer les projets</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="412" />
      <source>Cannot export to Word</source>
      <translation>Impossible d'exporter vers Word</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="413" />
      <source>Cannot write the redline</source>
      <translation>Impossible d'écrire les modifications suivies</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="414" />
      <source>Cannot export the gap report</source>
      <translation>Impossible d'exporter le rapport de lacunes</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="415" />
      <source>Something went wrong</source>
      <translation>Une erreur s'est produite</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="420" />
      <source>Projects cannot be opened in this build yet.</source>
      <translation>Les projets ne peuvent pas encore être ouverts dans cette version.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="96" />
      <source>&amp;New Agreement…</source>
      <translation>&amp;Nouvel accord…</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="97" />
      <source>&amp;Open…</source>
      <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="98" />
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/main_window.py" line="99" />
      <source>Save &amp;As…</source>
      <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/article_list_model.py" line="145" />
      <source>No.</source>
      <translation>N°</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/article_list_model.py" line="145" />
      <source>Article</source>
      <translation>Article</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/article_list_model.py" line="145" />
      <source>Variant</source>
      <translation>Variante</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/article_list_model.py" line="145" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/article_list_model.py" line="145" />
      <source>Round</source>
      <translation>Cycle</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/article_list_model.py" line="179" />
      <source>Own text</source>
      <translation>Texte libre</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/article_list_model.py" line="28" />
      <source>Proposed</source>
      <translation>Proposé</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/article_list_model.py" line="28" />
      <source>Agreed</source>
      <translation>Convenu</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/article_list_model.py" line="28" />
      <source>Contested</source>
      <translation>Contesté</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/article_list_model.py" line="29" />
      <source>Parked</source>
      <translation>En suspens</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/article_list_model.py" line="29" />
      <source>Withdrawn</source>
      <translation>Retiré</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/article_list_model.py" line="40" />
      <source>Missing clause: %1</source>
      <translation>Clause absente : %1</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/article_list_model.py" line="41" />
      <source>(untitled article)</source>
      <translation>(article sans titre)</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/change_list_model.py" line="12" />
      <source>Unchanged</source>
      <translation>Inchangé</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/change_list_model.py" line="12" />
      <source>Modified</source>
      <translation>Modifié</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/change_list_model.py" line="12" />
      <source>Added</source>
      <translation>Ajouté</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/change_list_model.py" line="13" />
      <source>Deleted</source>
      <translation>Supprimé</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/change_list_model.py" line="13" />
      <source>Split</source>
      <translation>Scindé</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/change_list_model.py" line="13" />
      <source>Merged</source>
      <translation>Fusionné</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/change_list_model.py" line="14" />
      <source>Regrouped</source>
      <translation>Regroupé</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/change_list_model.py" line="22" />
      <source>Change</source>
      <translation>Modification</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/change_list_model.py" line="22" />
      <source>Draft A</source>
      <translation>Projet A</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/change_list_model.py" line="22" />
      <source>Draft B</source>
      <translation>Projet B</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/change_list_model.py" line="22" />
      <source>Summary</source>
      <translation>Résumé</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/change_list_model.py" line="57" />
      <source>Moved</source>
      <translation>Déplacé</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/change_list_model.py" line="58" />
      <source>moved</source>
      <translation>déplacé</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/change_list_model.py" line="60" />
      <source>Renumbered</source>
      <translation>Renuméroté</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/gap_item_model.py" line="22" />
      <source>Missing</source>
      <translation>Manquant</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/gap_item_model.py" line="22" />
      <source>Weak</source>
      <translation>Faible</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/gap_item_model.py" line="22" />
      <source>Present</source>
      <translation>Présent</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/gap_item_model.py" line="27" />
      <source>Essential</source>
      <translation>Essentiel</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/gap_item_model.py" line="27" />
      <source>Recommended</source>
      <translation>Recommandé</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/gap_item_model.py" line="32" />
      <source>Severity</source>
      <translation>Importance</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/gap_item_model.py" line="32" />
      <source>Checklist item</source>
      <translation>Point de contrôle</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/gap_item_model.py" line="32" />
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/gap_item_model.py" line="33" />
      <source>Suggested clause</source>
      <translation>Clause proposée</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/group_scores_model.py" line="45" />
      <source>Group</source>
      <translation>Groupe</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/group_scores_model.py" line="45" />
      <source>Precision</source>
      <translation>Précision</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/group_scores_model.py" line="45" />
      <source>Recall</source>
      <translation>Rappel</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/group_scores_model.py" line="45" />
      <source>Score</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/library_tree_model.py" line="160" />
      <source>Clause</source>
      <translation>Clause</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/trainee_findings_model.py" line="49" />
      <source>Element</source>
      <translation>Élément</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/trainee_findings_model.py" line="49" />
      <source>Comment</source>
      <translation>Commentaire</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/models/trainee_findings_model.py" line="61" />
      <source>(missing)</source>
      <translation>(absent)</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/prompts.py" line="21" />
      <source>Unsaved changes</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/prompts.py" line="22" />
      <source>Save the changes to “%1” before closing?</source>
      <translation>Enregistrer les modifications de « %1 » avant de fermer ?</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/prompts.py" line="27" />
      <source>BLA Assistant did not close normally. Unsaved work from %1 was kept%2. Recover it?</source>
      <translation>BLA Assistant ne s'est pas fermé normalement. Le travail non enregistré du %1 a été conservé%2. Le récupérer ?</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/prompts.py" line="31" />
      <source>Recover unsaved work</source>
      <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/status_progress.py" line="18" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/article_editor.py" line="104" />
      <source>Type here only when the agreed wording differs from the model text.</source>
      <translation>N'écrivez ici que si la rédaction convenue diffère du texte type.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/article_editor.py" line="120" />
      <source>Negotiation</source>
      <translation>Négociation</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/article_editor.py" line="132" />
      <source>Add a comment and press Enter</source>
      <translation>Ajoutez un commentaire et appuyez sur Entrée</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/article_editor.py" line="136" />
      <source>Internal notes: red lines, fallback, questions</source>
      <translation>Notes internes : lignes rouges, repli, questions</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/article_editor.py" line="137" />
      <source>Position of party A:</source>
      <translation>Position de la partie A :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/article_editor.py" line="138" />
      <source>Position of party B:</source>
      <translation>Position de la partie B :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/article_editor.py" line="141" />
      <source>Comments:</source>
      <translation>Commentaires :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/article_editor.py" line="143" />
      <source>Our notes:</source>
      <translation>Nos notes :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/article_editor.py" line="191" />
      <source>Article text</source>
      <translation>Texte de l'article</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/article_editor.py" line="203" />
      <source>Position of %1:</source>
      <translation>Position de %1 :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/article_editor.py" line="206" />
      <source>round</source>
      <translation>cycle</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/article_editor.py" line="49" />
      <source>No article selected</source>
      <translation>Aucun article sélectionné</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/article_editor.py" line="69" />
      <source>Heading:</source>
      <translation>Intitulé :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/article_editor.py" line="70" />
      <source>Variant:</source>
      <translation>Variante :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/article_editor.py" line="71" />
      <source>Status:</source>
      <translation>Statut :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/article_editor.py" line="74" />
      <source>Parameters</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/article_editor.py" line="81" />
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/article_editor.py" line="87" />
      <source>Model text</source>
      <translation>Texte type</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/article_editor.py" line="96" />
      <source>Negotiated wording</source>
      <translation>Rédaction négociée</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/article_editor.py" line="97" />
      <source>Replaces the model text in the draft; the model text is kept.</source>
      <translation>Remplace le texte type dans le projet ; le texte type est conservé.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/article_editor.py" line="99" />
      <source>Use model text</source>
      <translation>Reprendre le texte type</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/clause_detail.py" line="140" />
      <source>No clause selected</source>
      <translation>Aucune clause sélectionnée</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/clause_detail.py" line="141" />
      <source>Pick a clause in the library to read its variants, the negotiator's note and its sources.</source>
      <translation>Choisissez une clause dans la bibliothèque pour lire ses variantes, la note du négociateur et ses sources.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/clause_detail.py" line="156" />
      <source>sectors:</source>
      <translation>secteurs :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/clause_detail.py" line="156" />
      <source>all</source>
      <translation>tous</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/clause_detail.py" line="158" />
      <source>lenses:</source>
      <translation>angles :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/clause_detail.py" line="24" />
      <source>Protective</source>
      <translation>Protectrice</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/clause_detail.py" line="24" />
      <source>Baseline</source>
      <translation>Standard</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/clause_detail.py" line="25" />
      <source>Fallback</source>
      <translation>Repli</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/clause_detail.py" line="50" />
      <source>Why it matters</source>
      <translation>Pourquoi c'est important</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/clause_detail.py" line="51" />
      <source>Typical pushback</source>
      <translation>Objections habituelles</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/clause_detail.py" line="53" />
      <source>Drafting pitfalls</source>
      <translation>Pièges de rédaction</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/clause_detail.py" line="54" />
      <source>Where the sources are silent</source>
      <translation>Là où les sources sont muettes</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/clause_detail.py" line="59" />
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/clause_detail.py" line="93" />
      <source>Add to agreement</source>
      <translation>Ajouter à l'accord</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/compare_panel.py" line="116" />
      <source>Comparing drafts is not available in this build.</source>
      <translation>La comparaison de projets n'est pas disponible dans cette version.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/compare_panel.py" line="128" />
      <source>Draft A (earlier):</source>
      <translation>Projet A (antérieur) :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/compare_panel.py" line="129" />
      <source>Draft B (later):</source>
      <translation>Projet B (ultérieur) :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/compare_panel.py" line="141" />
      <source>Previous change</source>
      <translation>Modification précédente</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/compare_panel.py" line="142" />
      <source>Next change</source>
      <translation>Modification suivante</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/compare_panel.py" line="147" />
      <source>Export redline…</source>
      <translation>Exporter les modifications suivies…</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/compare_panel.py" line="152" />
      <source>Only changes</source>
      <translation>Modifications seulement</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/compare_panel.py" line="157" />
      <source>Choose two drafts and press Compare.</source>
      <translation>Choisissez deux projets et cliquez sur Comparer.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/compare_panel.py" line="199" />
      <source>Our draft (open project)</source>
      <translation>Notre projet (projet ouvert)</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/compare_panel.py" line="224" />
      <source>Choose a draft</source>
      <translation>Choisir un projet</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/compare_panel.py" line="240" />
      <source>Comparing…</source>
      <translation>Comparaison…</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/compare_panel.py" line="251" />
      <source>Checklist items gained</source>
      <translation>Points de contrôle gagnés</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/compare_panel.py" line="252" />
      <source>Checklist items lost</source>
      <translation>Points de contrôle perdus</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/compare_panel.py" line="253" />
      <source>Checklist items weakened</source>
      <translation>Points de contrôle affaiblis</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/compare_panel.py" line="256" />
      <source>The two drafts say the same thing.</source>
      <translation>Les deux projets disent la même chose.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/compare_panel.py" line="297" />
      <source>Export redline</source>
      <translation>Exporter les modifications suivies</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/compare_panel.py" line="305" />
      <source>Redline written: %1</source>
      <translation>Modifications suivies écrites : %1</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/compare_panel.py" line="56" />
      <source>Reading draft A</source>
      <translation>Lecture du projet A</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/compare_panel.py" line="58" />
      <source>Reading draft B</source>
      <translation>Lecture du projet B</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/compare_panel.py" line="62" />
      <source>Aligning articles</source>
      <translation>Alignement des articles</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/compare_panel.py" line="64" />
      <source>Checklist items gained or lost</source>
      <translation>Points de contrôle gagnés ou perdus</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/compare_panel.py" line="73" />
      <source>Writing the redline</source>
      <translation>Écriture des modifications suivies</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/gap_panel.py" line="110" />
      <source>Gap check</source>
      <translation>Vérification des lacunes</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/gap_panel.py" line="110" />
      <source>The gap check is not available in this build.</source>
      <translation>La vérification des lacunes n'est pas disponible dans cette version.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/gap_panel.py" line="123" />
      <source>Check our draft</source>
      <translation>Vérifier notre projet</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/gap_panel.py" line="127" />
      <source>Only gaps</source>
      <translation>Lacunes seulement</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/gap_panel.py" line="133" />
      <source>No check run yet.</source>
      <translation>Aucune vérification effectuée.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/gap_panel.py" line="150" />
      <source>Go to article</source>
      <translation>Aller à l'article</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/gap_panel.py" line="151" />
      <source>Show suggested clause</source>
      <translation>Voir la clause proposée</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/gap_panel.py" line="152" />
      <source>Add suggested clause</source>
      <translation>Ajouter la clause proposée</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/gap_panel.py" line="168" />
      <source>Drafting clarity</source>
      <translation>Clarté de la rédaction</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/gap_panel.py" line="188" />
      <source>The draft has changed since this check: check again.</source>
      <translation>Le projet a changé depuis cette vérification : vérifiez à nouveau.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/gap_panel.py" line="196" />
      <source>Checking our draft…</source>
      <translation>Vérification de notre projet…</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/gap_panel.py" line="207" />
      <source>Reading and checking %1…</source>
      <translation>Lecture et vérification de %1…</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/gap_panel.py" line="224" />
      <source>All checklists</source>
      <translation>Toutes les listes de contrôle</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/gap_panel.py" line="244" />
      <source>Drafting clarity (%1)</source>
      <translation>Clarté de la rédaction (%1)</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/gap_panel.py" line="266" />
      <source>Our draft</source>
      <translation>Notre projet</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/gap_panel.py" line="269" />
      <source>%1 missing, %2 weak, %3 present</source>
      <translation>%1 manquants, %2 faibles, %3 présents</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/gap_panel.py" line="293" />
      <source>Preamble</source>
      <translation>Préambule</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/gap_panel.py" line="299" />
      <source>Suggested clause:</source>
      <translation>Clause proposée :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/gap_panel.py" line="330" />
      <source>Run a gap check first.</source>
      <translation>Lancez d'abord une vérification des lacunes.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/gap_panel.py" line="335" />
      <source>Export gap report</source>
      <translation>Exporter le rapport de lacunes</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/gap_panel.py" line="343" />
      <source>Gap report written: %1</source>
      <translation>Rapport de lacunes écrit : %1</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/gap_panel.py" line="47" />
      <source>Checking</source>
      <translation>Vérification</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/gap_panel.py" line="52" />
      <source>Checking the drafting</source>
      <translation>Vérification de la rédaction</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/library_browser.py" line="24" />
      <source>Gender</source>
      <translation>Genre</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/library_browser.py" line="24" />
      <source>Insurance</source>
      <translation>Assurance</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/library_browser.py" line="25" />
      <source>Irregular situation</source>
      <translation>Situation irrégulière</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/library_browser.py" line="43" />
      <source>Search titles, texts, notes and tags</source>
      <translation>Rechercher dans les titres, textes, notes et mots-clés</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/library_browser.py" line="56" />
      <source>Lens:</source>
      <translation>Angle :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/library_browser.py" line="58" />
      <source>Language:</source>
      <translation>Langue :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/library_browser.py" line="59" />
      <source>Source:</source>
      <translation>Source :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/library_browser.py" line="93" />
      <source>Any</source>
      <translation>Tous</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/parameter_form.py" line="30" />
      <source>No value: the draft shows a placeholder.</source>
      <translation>Aucune valeur : le projet affiche un espace réservé.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/parameter_form.py" line="32" />
      <source>Write the date as YYYY-MM-DD.</source>
      <translation>Écrivez la date sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/parameter_form.py" line="35" />
      <source>Must be at least %1.</source>
      <translation>Doit être au moins %1.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/parameter_form.py" line="37" />
      <source>Must be at most %1.</source>
      <translation>Doit être au plus %1.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/parameter_form.py" line="39" />
      <source>Unusually high (above %1): check the note.</source>
      <translation>Inhabituellement élevé (plus de %1) : voir la note.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/parameter_form.py" line="42" />
      <source>Unusually low (below %1): check the note.</source>
      <translation>Inhabituellement bas (moins de %1) : voir la note.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/parameter_form.py" line="45" />
      <source>Choose one of the listed values.</source>
      <translation>Choisissez l'une des valeurs proposées.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="109" />
      <source>Group 1</source>
      <translation>Groupe 1</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="114" />
      <source>Why is it a gap or a weakness?</source>
      <translation>Pourquoi est-ce une lacune ou une faiblesse ?</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="115" />
      <source>&amp;Add finding</source>
      <translation>&amp;Ajouter une constatation</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="117" />
      <source>&amp;Remove</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="123" />
      <source>&amp;Save results…</source>
      <translation>&amp;Enregistrer les résultats…</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="125" />
      <source>Su&amp;bmit and score</source>
      <translation>&amp;Soumettre et noter</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="131" />
      <source>Group:</source>
      <translation>Groupe :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="132" />
      <source>Article:</source>
      <translation>Article :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="133" />
      <source>Element:</source>
      <translation>Élément :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="134" />
      <source>Comment:</source>
      <translation>Commentaire :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="148" />
      <source>Feedback</source>
      <translation>Retour</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="164" />
      <source>(missing from the draft)</source>
      <translation>(absent du projet)</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="201" />
      <source>Save results</source>
      <translation>Enregistrer les résultats</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="202" />
      <source>Results (*.yaml *.json)</source>
      <translation>Résultats (*.yaml *.json)</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="229" />
      <source>&amp;Import group results…</source>
      <translation>&amp;Importer les résultats des groupes…</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="231" />
      <source>&amp;Export debrief (.docx)…</source>
      <translation>&amp;Exporter le bilan (.docx)…</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="250" />
      <source>missing</source>
      <translation>absent</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="254" />
      <source>Answer key</source>
      <translation>Corrigé</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="263" />
      <source>Import group results</source>
      <translation>Importer les résultats des groupes</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="264" />
      <source>Results (*.yaml *.yml *.json)</source>
      <translation>Résultats (*.yaml *.yml *.json)</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="282" />
      <source>%n group(s)</source>
      <translation>%n groupe(s)</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="284" />
      <source>Some files were not imported</source>
      <translation>Certains fichiers n'ont pas été importés</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="291" />
      <source>Export debrief</source>
      <translation>Exporter le bilan</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="293" />
      <source>Word document (*.docx)</source>
      <translation>Document Word (*.docx)</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="312" />
      <source>Trainee</source>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="313" />
      <source>Facilitator</source>
      <translation>Animateur</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="315" />
      <source>Exercise:</source>
      <translation>Exercice :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="69" />
      <source>Time</source>
      <translation>Temps</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="73" />
      <source>Found</source>
      <translation>Trouvé</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="73" />
      <source>Right element, other article</source>
      <translation>Bon élément, autre article</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="74" />
      <source>Missed</source>
      <translation>Manqué</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="76" />
      <source>precision</source>
      <translation>précision</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="77" />
      <source>recall</source>
      <translation>rappel</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="80" />
      <source>missing from the draft</source>
      <translation>absent du projet</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="85" />
      <source>Model fix</source>
      <translation>Correction type</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/training_panel.py" line="88" />
      <source>Your findings not in the key (discuss them with the trainer)</source>
      <translation>Vos constatations absentes du corrigé (à discuter avec le formateur)</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/welcome_page.py" line="41" />
      <source>Welcome to BLA Assistant</source>
      <translation>Bienvenue dans BLA Assistant</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/welcome_page.py" line="47" />
      <source>Bilateral labour agreements and social security agreements: draft, check and compare, offline.</source>
      <translation>Accords bilatéraux de main-d'œuvre et accords de sécurité sociale : rédiger, vérifier et comparer, hors ligne.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/welcome_page.py" line="56" />
      <source>Draft an agreement</source>
      <translation>Rédiger un accord</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/welcome_page.py" line="57" />
      <source>Start from the checklists: the essential elements come ready as articles.</source>
      <translation>Partez des listes de contrôle : les éléments essentiels arrivent prêts, sous forme d'articles.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/welcome_page.py" line="59" />
      <source>Check a received draft</source>
      <translation>Vérifier un projet reçu</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/welcome_page.py" line="60" />
      <source>Import the other party's Word file: see what is missing or weak, and why.</source>
      <translation>Importez le fichier Word de l'autre partie : voyez ce qui manque ou reste faible, et pourquoi.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/welcome_page.py" line="62" />
      <source>Compare two drafts</source>
      <translation>Comparer deux projets</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/welcome_page.py" line="63" />
      <source>Two rounds side by side, article by article, with a redline for Word.</source>
      <translation>Deux cycles côte à côte, article par article, avec les modifications suivies pour Word.</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/welcome_page.py" line="91" />
      <source>Examples:</source>
      <translation>Exemples :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/welcome_page.py" line="94" />
      <source>Recent:</source>
      <translation>Récents :</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/workspace_panel.py" line="172" />
      <source>New article</source>
      <translation>Nouvel article</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/workspace_panel.py" line="68" />
      <source>Add own article</source>
      <translation>Ajouter un article libre</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/workspace_panel.py" line="69" />
      <source>Remove</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/workspace_panel.py" line="70" />
      <source>Move up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/views/workspace_panel.py" line="71" />
      <source>Move down</source>
      <translation>Descendre</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/window_actions.py" line="131" />
      <source>Agreement properties</source>
      <translation>Propriétés de l'accord</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/window_actions.py" line="51" />
      <source>Export to Word</source>
      <translation>Exporter vers Word</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/window_actions.py" line="60" />
      <source>Exported %1</source>
      <translation>%1 exporté</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/window_actions.py" line="62" />
      <source>%1 value(s) still to fill</source>
      <translation>%1 valeur(s) encore à remplir</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/window_actions.py" line="84" />
      <source>Word template %1 not found: exported with the standard template</source>
      <translation>Modèle Word %1 introuvable : exporté avec le modèle standard</translation>
    </message>
    <message>
      <location filename="bla_assistant/gui/window_actions.py" line="90" />
      <source>Import a draft received from the other party</source>
      <translation>Importer un projet reçu de l'autre partie</translation>
    </message>
  </context>
</TS>

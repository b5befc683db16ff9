<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../studio/gui/shell/about_dialog.py" line="+49"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <location line="+159"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>%1 (bundled)</source>
        <translation>%1 (fournie)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (natural voices installed: %2)</source>
        <translation>%1 (voix naturelles installées&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not available (%1)</source>
        <translation>indisponible (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the espeakng-loader package is not installed</source>
        <translation>le paquet espeakng-loader n’est pas installé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its data is missing: %1</source>
        <translation>ses données sont absentes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no ffmpeg on the PATH and none bundled: %1</source>
        <translation>aucun ffmpeg dans le PATH ni fourni avec l’application&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>onnxruntime cannot be loaded: %1</source>
        <translation>impossible de charger onnxruntime&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it did not answer within %1 s</source>
        <translation>aucune réponse en %1&#xa0;s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it could not be started: %1</source>
        <translation>impossible de le lancer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unexpected error (%1)</source>
        <translation>une erreur inattendue (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitles in, a dubbed voice track out.</source>
        <translation>Des sous-titres en entrée, une piste doublée en sortie.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copier les versions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy these versions as text, for a bug report</source>
        <translation>Copier ces versions en texte, pour un rapport de bogue</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>%1 est un logiciel libre&#xa0;: vous pouvez le redistribuer et/ou le modifier selon les termes de la licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The licences of the bundled components (Qt, espeak-ng, FFmpeg, ONNX Runtime and others) and of the natural voices you can install are in %1.</source>
        <translation>Les licences des composants fournis (Qt, espeak-ng, FFmpeg, ONNX Runtime et d’autres) et des voix naturelles que vous pouvez installer sont dans %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <location filename="../../studio/gui/accounts/account_session.py" line="+112"/>
        <source>The account could not be opened: see the log for details.</source>
        <translation>Impossible d’ouvrir le compte&#xa0;: les détails sont dans le journal.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The balance could not be read: see the log for details.</source>
        <translation>Impossible de lire le solde&#xa0;: les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../studio/gui/accounts/accounts_dialog.py" line="+307"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys are kept in your system keychain, never in settings or project files. Testing a key reads the balance and costs nothing.</source>
        <translation>Les clés sont conservées dans le trousseau du système, jamais dans les préférences ni dans les fichiers de projet. Tester une clé lit le solde et ne coûte rien.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Offline (no account needed)</source>
        <translation>Hors ligne (sans compte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in voice works without a key, credits or a network connection.</source>
        <translation>La voix intégrée fonctionne sans clé, sans crédits et sans connexion réseau.</translation>
    </message>
</context>
<context>
    <name>AltTextActions</name>
    <message>
        <location filename="../../studio/gui/dub/alt_text.py" line="+68"/>
        <source>Alternative &amp;Text…</source>
        <translation>Texte a&amp;lternatif…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A shorter wording for a line too long for its slot, with its cost</source>
        <translation>Une formulation plus courte pour une réplique trop longue pour sa place, avec son coût</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Alternative text of line %1</source>
        <translation>Texte alternatif de la réplique %1</translation>
    </message>
</context>
<context>
    <name>AltTextDialog</name>
    <message>
        <location line="-65"/>
        <source>Alternative Text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subtitle: %1 (%2 characters per second)</source>
        <translation>Sous-titre&#xa0;: %1 (%2 caractères par seconde)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A shorter wording, said instead of the subtitle</source>
        <translation>Une formulation plus courte, dite à la place du sous-titre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Empty: the voice says the subtitle.</source>
        <translation>Vide&#xa0;: la voix dit le sous-titre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 characters per second</source>
        <translation>%1 caractères par seconde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rendering it costs %1</source>
        <translation>son rendu coûte %1</translation>
    </message>
</context>
<context>
    <name>BalancePanel</name>
    <message>
        <location filename="../../studio/gui/money/balance_widgets.py" line="+26"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the provider for the balance again (costs nothing)</source>
        <translation>Redemander le solde au fournisseur (gratuit)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add Key…</source>
        <translation>Ajouter une clé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Accounts to enter an API key</source>
        <translation>Ouvrir Comptes pour saisir une clé API</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage…</source>
        <translation>Consommation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits used per day in this billing period</source>
        <translation>Crédits consommés par jour sur cette période de facturation</translation>
    </message>
    <message>
        <location filename="../../studio/gui/money/balance_panel.py" line="+246"/>
        <location line="+3"/>
        <location filename="../../studio/gui/money/balance_widgets.py" line="+9"/>
        <source>Does the API cost more than the website?</source>
        <translation>L’API coûte-t-elle plus cher que le site&#xa0;?</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No API key set for %1</source>
        <translation>Aucune clé API pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a key to see your credits and when they reset. The offline voice works without one.</source>
        <translation>Ajoutez une clé pour voir vos crédits et leur date de renouvellement. La voix hors ligne s’en passe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Offline voice: free, no account</source>
        <translation>Voix hors ligne&#xa0;: gratuite, sans compte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No provider selected.</source>
        <translation>Aucun fournisseur choisi.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1% of this period&apos;s %2 left</source>
        <translation>Il reste %1&#xa0;% des %2 de la période</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage-based billing: on (past the limit, extra credits are billed)</source>
        <translation>Facturation à l’usage&#xa0;: activée (au-delà de la limite, les crédits en plus sont facturés)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage-based billing: off (rendering stops at 0 credits)</source>
        <translation>Facturation à l’usage&#xa0;: désactivée (la génération s’arrête à 0 crédit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voice slots: %1 of %2 used</source>
        <translation>Emplacements de voix&#xa0;: %1 sur %2 utilisés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updated at %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>of %1 of audio left</source>
        <translation>restant sur %1 d’audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio time left (h:mm:ss)</source>
        <translation>durée d’audio restante (h:mm:ss)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>credits left: unknown</source>
        <translation>crédits restants&#xa0;: inconnus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of %1 credits left</source>
        <translation>crédits restants sur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credits left</source>
        <translation>crédits restants</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the %1 balance…</source>
        <translation>Lecture du solde %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The balance could not be checked.</source>
        <translation>Impossible de vérifier le solde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of date: could not refresh.</source>
        <translation>Pas à jour&#xa0;: l’actualisation a échoué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the balance from %1.</source>
        <translation>Solde affiché&#xa0;: celui de %1.</translation>
    </message>
    <message>
        <location filename="../../studio/gui/money/api_note.py" line="+17"/>
        <source>No. The API and the ElevenLabs website spend the same credits from the same balance: there is nothing separate to pay for the API while you have credits.</source>
        <translation>Non. L’API et le site d’ElevenLabs puisent les mêmes crédits dans le même solde&#xa0;: l’API ne se paie pas à part tant qu’il vous reste des crédits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A line costs credits per character, at a rate that depends on the model. ElevenLabs&apos; help centre says API generations are discounted (see their API pricing page), so a line should not cost more through the API. This app&apos;s estimates use the rates the API reports.</source>
        <translation>Une réplique coûte des crédits par caractère, à un tarif qui dépend du modèle. Selon le centre d’aide d’ElevenLabs, les générations par l’API bénéficient d’une remise (voir leur page de tarifs de l’API)&#xa0;: une réplique ne devrait donc pas coûter plus cher par l’API. Les estimations de l’application utilisent les tarifs annoncés par l’API.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One difference: the website normalises text before speaking it (numbers, dates, abbreviations). Through the API this is the apply_text_normalization option (auto, on or off), which this app offers as a setting. With it off, write numbers and dates as words.</source>
        <translation>Une différence&#xa0;: le site normalise le texte avant de le dire (nombres, dates, abréviations). Dans l’API, c’est l’option apply_text_normalization (auto, on ou off), que l’application propose en réglage. Si elle est désactivée, écrivez les nombres et les dates en toutes lettres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your credits are refilled at each reset, every month on a monthly plan.</source>
        <translation>Vos crédits sont rechargés à chaque renouvellement, tous les mois avec une offre mensuelle.</translation>
    </message>
</context>
<context>
    <name>CacheDialog</name>
    <message>
        <location filename="../../studio/gui/render/cache_dialog.py" line="+210"/>
        <source>Clip Cache</source>
        <translation>Cache des clips</translation>
    </message>
</context>
<context>
    <name>CachePanel</name>
    <message>
        <location line="-153"/>
        <source>Every rendered line is kept here, so that no line is ever paid for twice. Beside the clips, copies decoded and fitted for the timeline make each dub quick; they are rebuilt whenever they are missing, at no cost.</source>
        <translation>Chaque réplique générée est gardée ici, pour qu’aucune ne soit jamais payée deux fois. À côté des clips, des copies décodées et calées pour la frise rendent chaque doublage rapide&#xa0;; elles sont reconstruites gratuitement dès qu’elles manquent.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the cache folder in the file manager</source>
        <translation>Afficher le dossier du cache dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear &amp;Rebuildable Copies</source>
        <translation>Vider les copies &amp;reconstructibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the decoded and fitted copies only: no clip is touched, and the next dub rebuilds what it needs</source>
        <translation>Supprimer seulement les copies décodées et calées&#xa0;: aucun clip n’est touché, et le prochain doublage reconstruit ce qu’il lui faut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> MB</source>
        <translation>&#xa0;Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep none</source>
        <translation>N’en garder aucune</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendered clips:</source>
        <translation>Clips générés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuildable copies:</source>
        <translation>Copies reconstructibles&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the copies under:</source>
        <translation>Garder les copies sous&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked after each dub: the copies used longest ago go first. Rendered clips are never removed by this.</source>
        <translation>Vérifié après chaque doublage&#xa0;: les copies utilisées il y a le plus longtemps partent d’abord. Les clips générés ne sont jamais supprimés par cette limite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear &amp;Cache…</source>
        <translation>&amp;Vider le cache…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every rendered clip: lines rendered with a paid voice cost credits again</source>
        <translation>Supprimer tous les clips générés&#xa0;: les répliques générées avec une voix payante coûteront de nouveau des crédits</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+1"/>
        <source>Measuring…</source>
        <translation>Mesure…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n clip(s), %1</source>
        <translation>
            <numerusform>%n clip, %1</numerusform>
            <numerusform>%n clips, %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (rebuilt when needed, at no cost)</source>
        <translation>%1 (reconstruites au besoin, gratuitement)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rendered with the free offline voice: rendering them again costs nothing.</source>
        <translation>Générés avec la voix hors ligne gratuite&#xa0;: les générer de nouveau ne coûte rien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their cost was not recorded; rendering them again with a paid voice costs credits again.</source>
        <translation>Leur coût n’a pas été enregistré&#xa0;; les générer de nouveau avec une voix payante coûtera de nouveau des crédits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rendering them cost %1.</source>
        <translation>Leur génération a coûté %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more clip(s) from a paid voice have no recorded cost.</source>
        <translation>
            <numerusform>%n autre clip d’une voix payante n’a pas de coût enregistré.</numerusform>
            <numerusform>%n autres clips de voix payantes n’ont pas de coût enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not be measured: %1</source>
        <translation>Mesure impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A render is running: wait for it to finish, or cancel it, before clearing the cache.</source>
        <translation>Une génération est en cours&#xa0;: attendez qu’elle se termine, ou annulez-la, avant de vider le cache.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clear Cache?</source>
        <translation>Vider le cache&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n rendered clip(s)? Lines rendered with a paid voice will cost credits again.</source>
        <translation>
            <numerusform>Supprimer %n clip généré&#xa0;? Les répliques générées avec une voix payante coûteront de nouveau des crédits.</numerusform>
            <numerusform>Supprimer %n clips générés&#xa0;? Les répliques générées avec une voix payante coûteront de nouveau des crédits.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Clips</source>
        <translation>Supprimer les clips</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 freed.</source>
        <translation>%1 libérés.</translation>
    </message>
</context>
<context>
    <name>ClipQaActions</name>
    <message>
        <location filename="../../studio/gui/dub/clip_qa_actions.py" line="+34"/>
        <source>Re-render &amp;With a New Seed…</source>
        <translation>C&amp;hanger de graine et régénérer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render the line again as a new take (its clip sounded suspect), with its cost shown first</source>
        <translation>Générer la réplique à nouveau, en une nouvelle prise (son clip semblait suspect), coût affiché d’abord</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nothing to re-render: the line&apos;s clip passed its checks, or the provider takes no seed (ElevenLabs only).</source>
        <translation>Rien à régénérer&#xa0;: le clip de la réplique a passé ses contrôles, ou le fournisseur ne prend pas de graine (ElevenLabs seulement).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New seed for line %1</source>
        <translation>Nouvelle graine pour la réplique %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1 sounds suspect: %2.

Render it again as a new take? It costs %3; the current take stays in the cache (Undo brings it back).</source>
        <translation>La réplique %1 semble suspecte&#xa0;: %2.

La générer à nouveau, en une nouvelle prise&#xa0;? Cela coûte %3&#xa0;; la prise actuelle reste dans le cache (Annuler la ramène).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-render With a New Seed</source>
        <translation>Changer de graine et régénérer</translation>
    </message>
</context>
<context>
    <name>ClipboardActions</name>
    <message>
        <location filename="../../studio/gui/table/clipboard_actions.py" line="+51"/>
        <source>Cu&amp;t Subtitles</source>
        <translation>Co&amp;uper les sous-titres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected subtitles and put them on the clipboard as SRT</source>
        <translation>Retirer les sous-titres sélectionnés et les mettre dans le presse-papiers au format SRT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Subtitles</source>
        <translation>Copi&amp;er les sous-titres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected subtitles on the clipboard as SRT</source>
        <translation>Mettre les sous-titres sélectionnés dans le presse-papiers au format SRT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ste Subtitles</source>
        <translation>C&amp;oller des sous-titres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert the subtitles on the clipboard after the current one</source>
        <translation>Insérer les sous-titres du presse-papiers après le sous-titre courant</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select the subtitles to copy first.</source>
        <translation>Sélectionnez d’abord les sous-titres à copier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied 1 subtitle.</source>
        <translation>1 sous-titre copié.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Copied %n subtitles.</source>
        <translation>
            <numerusform>%n sous-titre copié.</numerusform>
            <numerusform>%n sous-titres copiés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cut 1 subtitle</source>
        <translation>Couper 1 sous-titre</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Cut %n subtitles</source>
        <translation>
            <numerusform>Couper %n sous-titre</numerusform>
            <numerusform>Couper %n sous-titres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The clipboard holds no text to paste.</source>
        <translation>Le presse-papiers ne contient aucun texte à coller.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste 1 subtitle</source>
        <translation>Coller 1 sous-titre</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Paste %n subtitles</source>
        <translation>
            <numerusform>Coller %n sous-titre</numerusform>
            <numerusform>Coller %n sous-titres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../studio/gui/table/commands.py" line="+121"/>
        <location filename="../../studio/gui/table/line_editor.py" line="+37"/>
        <source>Edit text</source>
        <translation>la modification du texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit start</source>
        <translation>la modification du début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit end</source>
        <translation>la modification de la fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit times</source>
        <translation>la modification des temps</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Insert subtitle</source>
        <translation>l’insertion d’un sous-titre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select the subtitles to delete first.</source>
        <translation>Sélectionnez d’abord les sous-titres à supprimer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete subtitle</source>
        <translation>la suppression du sous-titre</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n subtitles</source>
        <translation>
            <numerusform>la suppression de %n sous-titre</numerusform>
            <numerusform>la suppression de %n sous-titres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Split subtitle</source>
        <translation>la scission du sous-titre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select consecutive subtitles to merge them.</source>
        <translation>Sélectionnez des sous-titres consécutifs pour les fusionner.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Merge %n subtitles</source>
        <translation>
            <numerusform>la fusion de %n sous-titre</numerusform>
            <numerusform>la fusion de %n sous-titres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Select the lines first.</source>
        <translation>Sélectionnez d’abord les répliques.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These lines already use the project voice.</source>
        <translation>Ces répliques utilisent déjà la voix du projet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These lines already have this voice.</source>
        <translation>Ces répliques ont déjà cette voix.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use project voice for 1 line</source>
        <translation>le retour à la voix du projet (1 réplique)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Use project voice for %n lines</source>
        <translation>
            <numerusform>le retour à la voix du projet (%n réplique)</numerusform>
            <numerusform>le retour à la voix du projet (%n répliques)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set voice of 1 line</source>
        <translation>le changement de voix (1 réplique)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Set voice of %n lines</source>
        <translation>
            <numerusform>le changement de voix (%n réplique)</numerusform>
            <numerusform>le changement de voix (%n répliques)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assign voices by speaker</source>
        <translation>l’attribution des voix par locuteur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use one voice for all lines</source>
        <translation>le choix d’une voix pour toutes les répliques</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change voice settings</source>
        <translation>le changement des réglages de voix</translation>
    </message>
</context>
<context>
    <name>CueStatusBar</name>
    <message>
        <location filename="../../studio/gui/shell/status_bar.py" line="+37"/>
        <source>Go to the next line whose clip sounds suspect (F8)</source>
        <translation>Aller à la prochaine ligne dont le clip semble suspect (F8)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encoding of the file: click to reopen it with another one</source>
        <translation>Encodage du fichier&#xa0;: cliquez pour le rouvrir avec un autre</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 subtitle</source>
        <translation>1 sous-titre</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n subtitles</source>
        <translation>
            <numerusform>%n sous-titre</numerusform>
            <numerusform>%n sous-titres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length %1</source>
        <translation>Durée %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 problem</source>
        <translation>1 problème</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problems</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to the next subtitle with a problem (F8)</source>
        <translation>Aller au prochain sous-titre qui pose problème (F8)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 suspect clip</source>
        <translation>1 clip suspect</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n suspect clips</source>
        <translation>
            <numerusform>%n clip suspect</numerusform>
            <numerusform>%n clips suspects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CueTableModel</name>
    <message>
        <location filename="../../studio/gui/table/clip_status.py" line="+45"/>
        <source>Cached (context changed)</source>
        <translation>En cache (contexte modifié)</translation>
    </message>
    <message>
        <location filename="../../studio/gui/table/cell_tooltip.py" line="+25"/>
        <source>Nothing to speak: this subtitle is never sent to a voice.</source>
        <translation>Rien à dire&#xa0;: ce sous-titre n’est jamais envoyé à une voix.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spoken: %1</source>
        <translation>Dit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../studio/gui/table/cue_edits.py" line="+104"/>
        <source>“%1” is not a time: type it as 00:01:02,500.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un temps&#xa0;: tapez-le sous la forme 00:01:02,500.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The start must be before the end (%1): change the end first.</source>
        <translation>Le début doit précéder la fin (%1)&#xa0;: modifiez d’abord la fin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The end must be after the start (%1).</source>
        <translation>La fin doit suivre le début (%1).</translation>
    </message>
    <message>
        <location filename="../../studio/gui/table/cue_columns.py" line="+81"/>
        <source>%1 characters per second: above %2, a voice rarely fits this line at a natural pace. Shorten the text or give the line more time.</source>
        <translation>%1 caractères par seconde&#xa0;: au-delà de %2, une voix tient rarement dans cette réplique à un débit naturel. Raccourcissez le texte ou donnez plus de temps à la réplique.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 characters per second: above the reading-speed limit of %2, the voice must hurry.</source>
        <translation>%1 caractères par seconde&#xa0;: au-delà de la limite de vitesse de lecture (%2), la voix doit se presser.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the subtitle is shown, in seconds</source>
        <translation>Durée d’affichage du sous-titre, en secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPS</source>
        <translation>CPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Characters per second of speakable text: above 17 a voice must hurry, above 20 it rarely fits</source>
        <translation>Caractères par seconde du texte à dire&#xa0;: au-delà de 17, la voix doit se presser&#xa0;; au-delà de 20, elle tient rarement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The voice that speaks this line (dimmed: the project&apos;s voice)</source>
        <translation>La voix qui dit cette réplique (en grisé&#xa0;: la voix du projet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Said as</source>
        <translation>Dit comme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Said as: a short line</source>
        <translation>Dit comme&#xa0;: une courte réplique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line as the voice will say it when a word of Tools ▸ Pronunciations is in it; empty: said as written</source>
        <translation>La réplique telle que la voix la dira quand elle contient un mot d’Outils ▸ Prononciations&#xa0;; vide&#xa0;: dite telle qu’écrite</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Chars</source>
        <translation>Car.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters sent to the voice: the speakable text only</source>
        <translation>Caractères envoyés à la voix&#xa0;: le texte à dire seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What rendering this line costs, in the provider&apos;s unit; 0 when its clip is already rendered</source>
        <translation>Ce que coûte la génération de cette réplique, dans l’unité du fournisseur&#xa0;; 0 si son clip est déjà généré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>Rendering…</source>
        <translation>Génération…</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Whether the line&apos;s clip is rendered: to render, queued, rendering, done, cached (rendered before: free) or failed (see its tooltip)</source>
        <translation>Où en est le clip de la réplique&#xa0;: à générer, en attente, en cours, fait, en cache (déjà généré&#xa0;: gratuit) ou échec (voir son infobulle)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QA</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suspect: the clip&apos;s checks found skipped words, a long silence or noise, or a length that does not fit its text (F8 goes there)</source>
        <translation>Suspect&#xa0;: les contrôles du clip ont trouvé des mots sautés, un long silence ou du bruit, ou une durée qui ne va pas avec son texte (F8 y mène)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>Calage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretched 1.25× · offer</source>
        <translation>Étirée 1,25× · offre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the line&apos;s clip fits its cue: forecast from the voice&apos;s pace before rendering (Won&apos;t fit: even stretched to the cap), the fix used once rendered, and any paid offer to say it faster</source>
        <translation>Comment le clip de la réplique tient dans son sous-titre&#xa0;: la prévision d’après le débit de la voix avant la génération (Ne tiendra pas&#xa0;: même étirée au maximum), la solution employée une fois générée, et toute offre payante de la dire plus vite</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>To render</source>
        <translation>À générer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cached</source>
        <translation>En cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered (no cost)</source>
        <translation>Récupérée (sans frais)</translation>
    </message>
    <message>
        <location filename="../../studio/gui/table/clip_qa_column.py" line="+33"/>
        <location filename="../../studio/gui/table/cue_columns.py" line="-41"/>
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Listen to it; Render ▸ Re-render With a New Seed makes a new take.</source>
        <translation>Écoutez-le&#xa0;; Rendu ▸ Changer de graine et régénérer en fait une nouvelle prise.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>some words were not spoken</source>
        <translation>des mots n’ont pas été dits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a long pause between words</source>
        <translation>une longue pause entre deux mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sound goes on after the last word</source>
        <translation>du son continue après le dernier mot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a long silence inside the clip</source>
        <translation>un long silence dans le clip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noise before the speech</source>
        <translation>du bruit avant la parole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noise after the speech</source>
        <translation>du bruit après la parole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>much shorter than the text takes to say</source>
        <translation>bien plus court que le temps de dire le texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>much longer than the text takes to say</source>
        <translation>bien plus long que le temps de dire le texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no sound at all</source>
        <translation>aucun son</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checked from the audio only (no word timing came with the clip)</source>
        <translation>vérifié sur le son seulement (aucun minutage des mots n’accompagnait le clip)</translation>
    </message>
</context>
<context>
    <name>CueTableView</name>
    <message>
        <location filename="../../studio/gui/table/cue_table.py" line="+107"/>
        <source>Default Columns</source>
        <translation>Colonnes par défaut</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../studio/gui/kit/dialogs.py" line="+20"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1 before continuing?</source>
        <translation>Enregistrer les modifications de %1 avant de continuer&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Sinon, vos modifications seront perdues.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Subtitles or Project</source>
        <translation>Ouvrir des sous-titres ou un projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitles and projects (*.srt *.dubproj);;SubRip subtitles (*.srt);;Dubbing Studio projects (*.dubproj);;All files (*)</source>
        <translation>Sous-titres et projets (*.srt *.dubproj);;Sous-titres SubRip (*.srt);;Projets Dubbing Studio (*.dubproj);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save Subtitles As</source>
        <translation>Enregistrer les sous-titres sous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SubRip subtitles (*.srt)</source>
        <translation>Sous-titres SubRip (*.srt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot Save in This Encoding</source>
        <translation>Enregistrement impossible dans cet encodage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the file as UTF-8 instead? Every modern player reads UTF-8.</source>
        <translation>Enregistrer plutôt le fichier en UTF-8&#xa0;? Tous les lecteurs récents lisent l’UTF-8.</translation>
    </message>
</context>
<context>
    <name>DubActions</name>
    <message>
        <location filename="../../studio/gui/dub/dub_actions.py" line="+83"/>
        <source>&amp;Export Dub…</source>
        <translation>E&amp;xporter le doublage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the dub as WAV, MP3 or M4A, with a timing report</source>
        <translation>Écrire le doublage en WAV, MP3 ou M4A, avec un rapport de calage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dub Video…</source>
        <translation>&amp;Doubler la vidéo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the dub into a copy of the video</source>
        <translation>Mettre le doublage dans une copie de la vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh &amp;Timeline</source>
        <translation>Actualiser la ligne &amp;temporelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit and place every rendered line again</source>
        <translation>Recaler et replacer toutes les répliques générées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let Line Overlap the Next</source>
        <translation>Laisser la réplique chevaucher la suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When this line does not fit, it runs over the next one</source>
        <translation>Si cette réplique ne tient pas, elle empiète sur la suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push Following Lines</source>
        <translation>Décaler les répliques suivantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When this line does not fit, the lines after it move later</source>
        <translation>Si cette réplique ne tient pas, les suivantes sont décalées</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The clip cache is not open yet: try again in a moment.</source>
        <translation>Le cache des clips n’est pas encore ouvert&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The timeline could not be built: %1</source>
        <translation>Impossible de construire la ligne temporelle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Timeline updated: every rendered line fits.</source>
        <translation>Ligne temporelle à jour&#xa0;: toutes les répliques générées tiennent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1 is still too long after %2× speed-up.</source>
        <translation>La réplique %1 est encore trop longue, même accélérée ×%2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n line(s) still too long after %1× speed-up (lines %2).</source>
        <translation>
            <numerusform>%n réplique encore trop longue, même accélérée ×%1 (réplique %2).</numerusform>
            <numerusform>%n répliques encore trop longues, même accélérées ×%1 (répliques %2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spoken faster by the voice itself, not stretched: line(s) %1.</source>
        <translation>Ligne(s) dite(s) plus vite par la voix elle-même, sans étirement&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right-click a line ▸ Render Line Faster to have it spoken faster.</source>
        <translation>Clic droit sur une réplique ▸ Générer plus vite, pour la faire dire plus vite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not rendered yet, silent: %1.</source>
        <translation>Pas encore générées, muettes&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Change overflow policy</source>
        <translation>le changement de débordement</translation>
    </message>
</context>
<context>
    <name>DubOutputs</name>
    <message>
        <location filename="../../studio/gui/dub/dub_outputs.py" line="+43"/>
        <source>Nothing Rendered Yet</source>
        <translation>Rien n’est encore généré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No line has been rendered yet: use Render ▸ Render All Lines first.</source>
        <translation>Aucune réplique n’est encore générée&#xa0;: utilisez d’abord Rendu ▸ Générer toutes les répliques.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export Dub</source>
        <translation>Exporter le doublage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export annulé&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Dub Video</source>
        <translation>Doubler la vidéo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dubbing %1…</source>
        <translation>Doublage de %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dubbing cancelled: no video was written.</source>
        <translation>Doublage annulé&#xa0;: aucune vidéo n’a été écrite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dub</source>
        <comment>audio track title</comment>
        <translation>Doublage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dub over the original</source>
        <comment>audio track title</comment>
        <translation>Doublage sur la version originale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original</source>
        <comment>audio track title</comment>
        <translation>Version originale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitles</source>
        <comment>subtitle track title</comment>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some Lines Are Silent</source>
        <translation>Des répliques sont muettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was written, but these lines had no clip yet and are silent in it: %2.

Render them, then export again.</source>
        <translation>%1 a été écrit, mais ces répliques n’avaient pas encore de clip et y sont muettes&#xa0;: %2.

Générez-les, puis exportez à nouveau.</translation>
    </message>
</context>
<context>
    <name>DubVideoDialog</name>
    <message>
        <location filename="../../studio/gui/dub/dub_video_dialog.py" line="+32"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>Polonais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese</source>
        <translation>Japonais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (untagged)</source>
        <translation>Aucune (sans étiquette)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+58"/>
        <source>Dub video</source>
        <translation>Doubler la vidéo</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>MP4</source>
        <translation>MP4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MKV (takes any codec)</source>
        <translation>MKV (accepte tout codec)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dub goes in by</source>
        <translation>Intégration du doublage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replacing the sound</source>
        <translation>Remplacer le son</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dub becomes the video&apos;s only sound.</source>
        <translation>Le doublage devient le seul son de la vidéo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding a track</source>
        <translation>Ajouter une piste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The original sound stays as a second track; players play the dub first.</source>
        <translation>Le son original reste en seconde piste&#xa0;; les lecteurs jouent d’abord le doublage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixing over the original</source>
        <translation>Mixer avec l’original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The original is lowered only while the dub speaks, music and effects stay.</source>
        <translation>L’original n’est baissé que pendant que le doublage parle&#xa0;; musique et effets restent.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Players show it in their audio menu; detected from the subtitles</source>
        <translation>Les lecteurs l’affichent dans leur menu audio&#xa0;; détectée d’après les sous-titres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the subtitles in the video too, tagged with this language</source>
        <translation>Mettre aussi les sous-titres dans la vidéo, avec cette langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the original is lowered</source>
        <translation>Comment l’original est baissé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far the original is lowered while the dub speaks</source>
        <translation>De combien l’original est baissé pendant que le doublage parle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original lowered by:</source>
        <translation>Original baissé de&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fade down before a line:</source>
        <translation>Fondu avant une réplique&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fade back up after it:</source>
        <translation>Remontée après elle&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Video:</source>
        <translation>Vidéo&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as:</source>
        <translation>Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container:</source>
        <translation>Conteneur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dub language:</source>
        <translation>Langue du doublage&#xa0;:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The video {name} was not found: choose it again.</source>
        <translation>La vidéo {name} est introuvable&#xa0;: choisissez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the dubbed video under another name: the original must stay untouched.</source>
        <translation>Enregistrez la vidéo doublée sous un autre nom&#xa0;: l’original doit rester intact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder {folder} does not exist: choose another place.</source>
        <translation>Le dossier {folder} n’existe pas&#xa0;: choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose the video to dub; it is stored in the project.</source>
        <translation>Choisissez la vidéo à doubler&#xa0;; elle est enregistrée dans le projet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the video…</source>
        <translation>Lecture de la vidéo…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This file has no picture: choose the video itself.</source>
        <translation>Ce fichier n’a pas d’image&#xa0;: choisissez la vidéo elle-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{length}, video {codec}, no sound of its own: only “Replacing the sound” is possible.</source>
        <translation>{length}, vidéo {codec}, sans son propre&#xa0;: seul «&#xa0;Remplacer le son&#xa0;» est possible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{length}, video {codec}, sound: {audio}.</source>
        <translation>{length}, vidéo {codec}, son&#xa0;: {audio}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This video could not be read.</source>
        <translation>Impossible de lire cette vidéo.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose the video</source>
        <translation>Choisir la vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos (*.mp4 *.mkv *.mov *.m4v *.avi *.webm);;All files (*)</source>
        <translation>Vidéos (*.mp4 *.mkv *.mov *.m4v *.avi *.webm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the dubbed video</source>
        <translation>Enregistrer la vidéo doublée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos (*.mp4 *.mkv)</source>
        <translation>Vidéos (*.mp4 *.mkv)</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../studio/gui/table/edit_actions.py" line="+30"/>
        <source>&amp;Insert Subtitle</source>
        <translation>&amp;Insérer un sous-titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert an empty subtitle after the current one</source>
        <translation>Insérer un sous-titre vide après le sous-titre courant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Subtitles</source>
        <translation>&amp;Supprimer les sous-titres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected subtitles</source>
        <translation>Supprimer les sous-titres sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sp&amp;lit Subtitle</source>
        <translation>Scin&amp;der le sous-titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split the current subtitle in two at its middle, or where the cursor is in the edit box</source>
        <translation>Scinder le sous-titre courant en deux en son milieu, ou là où est le curseur dans la zone d’édition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge Subtitles</source>
        <translation>&amp;Fusionner les sous-titres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the selected consecutive subtitles into one</source>
        <translation>Fusionner les sous-titres consécutifs sélectionnés en un seul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;Problem</source>
        <translation>&amp;Problème suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next subtitle with a problem</source>
        <translation>Aller au prochain sous-titre qui pose problème</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insert Subtitle</source>
        <comment>toolbar</comment>
        <translation>Insérer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Subtitles</source>
        <comment>toolbar</comment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split Subtitle</source>
        <comment>toolbar</comment>
        <translation>Scinder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge Subtitles</source>
        <comment>toolbar</comment>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select the subtitle to split first.</source>
        <translation>Sélectionnez d’abord le sous-titre à scinder.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No subtitle has a problem.</source>
        <translation>Aucun sous-titre ne pose problème.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suspect clip: %1.</source>
        <translation>Clip suspect&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>EncodingMenu</name>
    <message>
        <location filename="../../studio/gui/shell/encoding_menu.py" line="+20"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Western European</source>
        <translation>Europe occidentale</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Central European</source>
        <translation>Europe centrale</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cyrillic</source>
        <translation>Cyrillique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greek</source>
        <translation>Grec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>Turc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baltic</source>
        <translation>Balte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hebrew</source>
        <translation>Hébreu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese Simplified</source>
        <translation>Chinois simplifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese Traditional</source>
        <translation>Chinois traditionnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese</source>
        <translation>Japonais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korean</source>
        <translation>Coréen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reopen with E&amp;ncoding</source>
        <translation>Rouvrir avec l’e&amp;ncodage</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 — chosen</source>
        <translation>%1 — choisi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — detected</source>
        <translation>%1 — détecté</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../studio/gui/dub/export_dialog.py" line="+101"/>
        <location line="+97"/>
        <source>Export dub</source>
        <translation>Exporter le doublage</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>WAV (lossless, largest)</source>
        <translation>WAV (sans perte, le plus lourd)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MP3</source>
        <translation>MP3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M4A (AAC)</source>
        <translation>M4A (AAC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normalise loudness (EBU R128)</source>
        <translation>Normaliser le volume (EBU R128)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> LUFS</source>
        <translation> LUFS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−16 suits the web, −23 is broadcast.</source>
        <translation>−16 convient au web, −23 à la diffusion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a timing report</source>
        <translation>Écrire un rapport de calage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per line: slot, clip, where it was placed, speed, overflow</source>
        <translation>Une ligne par réplique&#xa0;: créneau, clip, position, vitesse, débordement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (tableur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an SRT retimed to where the audio was placed</source>
        <translation>Écrire un SRT recalé sur la position de l’audio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some lines were pushed later: a retimed SRT keeps the subtitles with the voice.</source>
        <translation>Des répliques ont été décalées&#xa0;: un SRT recalé garde les sous-titres avec la voix.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No line was pushed: the retimed SRT would match the original.</source>
        <translation>Aucune réplique n’a été décalée&#xa0;: le SRT recalé serait identique à l’original.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as:</source>
        <translation>Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The folder {folder} does not exist: choose another place.</source>
        <translation>Le dossier {folder} n’existe pas&#xa0;: choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Audio (*.wav *.mp3 *.m4a)</source>
        <translation>Audio (*.wav *.mp3 *.m4a)</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <location filename="../../studio/gui/kit/failure_text.py" line="+50"/>
        <source>No space left on device</source>
        <translation>Plus d’espace disponible sur le périphérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk quota exceeded</source>
        <translation>Quota de disque dépassé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission denied</source>
        <translation>Permission refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation not permitted</source>
        <translation>Opération non permise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only file system</source>
        <translation>Système de fichiers en lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such file or directory</source>
        <translation>Aucun fichier ou dossier de ce nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File too large</source>
        <translation>Fichier trop volumineux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input/output error</source>
        <translation>Erreur d’entrée/sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name too long</source>
        <translation>Nom de fichier trop long</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 was not saved (nothing changed on disk): %2.</source>
        <translation>%1 n’a pas été enregistré (rien n’a changé sur le disque)&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full: free some space or save elsewhere</source>
        <translation>le disque est plein&#xa0;: libérez de l’espace ou enregistrez ailleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you have no permission to write there: save elsewhere</source>
        <translation>vous n’avez pas le droit d’écrire à cet endroit&#xa0;: enregistrez ailleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its folder no longer exists: save elsewhere</source>
        <translation>son dossier n’existe plus&#xa0;: enregistrez ailleurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: try again or save elsewhere</source>
        <translation>%1&#xa0;: réessayez ou enregistrez ailleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not written: %2</source>
        <translation>%1 n’a pas été écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full: free some space or export to another drive.</source>
        <translation>le disque est plein&#xa0;: libérez de l’espace ou exportez vers un autre disque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you have no permission to write there: export elsewhere.</source>
        <translation>vous n’avez pas le droit d’écrire à cet endroit&#xa0;: exportez ailleurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full: free some space or save elsewhere.</source>
        <translation>le disque est plein&#xa0;: libérez de l’espace ou enregistrez ailleurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you have no permission to write there: save elsewhere.</source>
        <translation>vous n’avez pas le droit d’écrire à cet endroit&#xa0;: enregistrez ailleurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ffmpeg failed (%1).</source>
        <translation>ffmpeg a échoué (%1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was not found: check the path.</source>
        <translation>%1 est introuvable&#xa0;: vérifiez le chemin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read: you have no permission to open it.</source>
        <translation>%1 ne peut pas être lu&#xa0;: vous n’avez pas le droit de l’ouvrir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is empty: it holds no subtitles.</source>
        <translation>%1 est vide&#xa0;: il ne contient aucun sous-titre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a SubRip subtitle file: no timecode line (00:00:01,000 --&gt; 00:00:02,000) was found in it.</source>
        <translation>%1 n’est pas un fichier de sous-titres SubRip&#xa0;: aucune ligne de temps (00:00:01,000 --&gt; 00:00:02,000) n’y a été trouvée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a subtitle file: it contains binary data.</source>
        <translation>%1 n’est pas un fichier de sous-titres&#xa0;: il contient des données binaires.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a subtitle file: its bytes do not form text in any known encoding.</source>
        <translation>%1 n’est pas un fichier de sous-titres&#xa0;: ses octets ne forment un texte dans aucun encodage connu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not an encoding this app knows: pick another one.</source>
        <translation>%1 n’est pas un encodage que l’application connaît&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not valid %2 (line %3): reopen it with another encoding.</source>
        <translation>%1 n’est pas en %2 valide (ligne %3)&#xa0;: rouvrez-le avec un autre encodage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a readable project file (%2): open the subtitle file instead.</source>
        <translation>%1 n’est pas un fichier de projet lisible (%2)&#xa0;: ouvrez plutôt le fichier de sous-titres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Dubbing Studio project file.</source>
        <translation>%1 n’est pas un fichier de projet Dubbing Studio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was written by a newer Dubbing Studio: update the app to open it.</source>
        <translation>%1 a été écrit par une version plus récente de Dubbing Studio&#xa0;: mettez l’application à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has a damaged field (%2): fix it in a text editor, or open the subtitle file instead.</source>
        <translation>%1 a un champ endommagé (%2)&#xa0;: corrigez-le dans un éditeur de texte, ou ouvrez plutôt le fichier de sous-titres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be written in %2: save as UTF-8 instead, or replace that character.</source>
        <translation>%1 ne peut pas s’écrire en %2&#xa0;: enregistrez plutôt en UTF-8, ou remplacez ce caractère.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (subtitle %2) cannot be written in %3: save as UTF-8 instead, or replace that character.</source>
        <translation>%1 (sous-titre %2) ne peut pas s’écrire en %3&#xa0;: enregistrez plutôt en UTF-8, ou remplacez ce caractère.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be read: ffmpeg took too long to open it.</source>
        <translation>%1 n’a pas pu être lu&#xa0;: ffmpeg a mis trop de temps à l’ouvrir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ffmpeg could not be started: %1.</source>
        <translation>ffmpeg n’a pas pu être lancé&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be read as a video (%2).</source>
        <translation>%1 n’a pas pu être lu comme une vidéo (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no video stream: pick the video file itself.</source>
        <translation>%1 n’a pas d’image&#xa0;: choisissez le fichier vidéo lui-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no sound of its own to keep or duck: use &apos;replace&apos; to give it the dub as its only audio.</source>
        <translation>%1 n’a pas de son à garder ou à atténuer&#xa0;: remplacez son son pour que le doublage soit sa seule piste audio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no audio: export the dub again.</source>
        <translation>%1 ne contient pas de son&#xa0;: exportez de nouveau le doublage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video&apos;s sound (%1) cannot go into a %2 file without re-encoding: save as .mkv instead.</source>
        <translation>Le son de la vidéo (%1) ne peut pas aller dans un fichier %2 sans être réencodé&#xa0;: enregistrez plutôt en .mkv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video&apos;s codec (%1) cannot go into a %2 file without re-encoding: save as .mkv instead.</source>
        <translation>Le codec de la vidéo (%1) ne peut pas aller dans un fichier %2 sans être réencodé&#xa0;: enregistrez plutôt en .mkv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be dubbed: ffmpeg failed (%2).</source>
        <translation>%1 n’a pas pu être doublé&#xa0;: ffmpeg a échoué (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk holding %1 is full: free %2 MB and install again.</source>
        <translation>Le disque qui contient %1 est plein&#xa0;: libérez %2&#xa0;Mo et installez de nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk holding %1 is full: free some space and install again.</source>
        <translation>Le disque qui contient %1 est plein&#xa0;: libérez de l’espace et installez de nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The voice could not be written to %1: %2.</source>
        <translation>La voix n’a pas pu être écrite dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The voice could not be copied into %1: %2; free some space or check the folder&apos;s permissions.</source>
        <translation>La voix n’a pas pu être copiée dans %1&#xa0;: %2&#xa0;; libérez de l’espace ou vérifiez les droits du dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The voice could not be installed into %1: %2; free some space and install again.</source>
        <translation>La voix n’a pas pu être installée dans %1&#xa0;: %2&#xa0;; libérez de l’espace et installez de nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered HTTP %2: check the address, or try again later.</source>
        <translation>%1 a répondu HTTP %2&#xa0;: vérifiez l’adresse, ou réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not match its published checksum (%2 %3… instead of %4…): it was not installed; download it again.</source>
        <translation>%1 ne correspond pas à sa somme de contrôle publiée (%2 %3… au lieu de %4…)&#xa0;: elle n’a pas été installée&#xa0;; téléchargez-la de nouveau.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A pronunciation needs a word that has letters or digits: type the word as it is written in the subtitles.</source>
        <translation>Une prononciation a besoin d’un mot qui contient des lettres ou des chiffres&#xa0;: tapez le mot tel qu’il est écrit dans les sous-titres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too long for a pronunciation: use a word or a short phrase.</source>
        <translation>%1 est trop long pour une prononciation&#xa0;: utilisez un mot ou une courte expression.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phoneme alphabet %1 of %2 is not supported: use ipa or x-cmu.</source>
        <translation>L’alphabet phonétique %1 de %2 n’est pas pris en charge&#xa0;: utilisez ipa ou x-cmu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no alias or phoneme: type how it should be said.</source>
        <translation>%1 n’a ni alias ni phonèmes&#xa0;: tapez comment le dire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pronunciation file</source>
        <translation>Le fichier de prononciations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no element found</source>
        <translation>aucun élément trouvé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unclosed token</source>
        <translation>balise non fermée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mismatched tag</source>
        <translation>balise fermante qui ne correspond pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>undefined entity</source>
        <translation>entité non définie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XML or text declaration not at start of entity</source>
        <translation>déclaration XML ailleurs qu’au tout début du fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be read (%2).</source>
        <translation>%1 n’a pas pu être lu (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than %2 MB: a pronunciation lexicon should be a list of words; check the file.</source>
        <translation>%1 dépasse %2&#xa0;Mo&#xa0;: un lexique de prononciation devrait être une liste de mots&#xa0;; vérifiez le fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 declares a DOCTYPE or entities, which are refused for safety: remove the &lt;!DOCTYPE …&gt; line and try again.</source>
        <translation>%1 déclare un DOCTYPE ou des entités, refusés par sécurité&#xa0;: supprimez la ligne &lt;!DOCTYPE …&gt; et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a pronunciation lexicon (its root is &lt;%2&gt;, not &lt;lexicon&gt;): export it as PLS.</source>
        <translation>%1 n’est pas un lexique de prononciation (sa racine est &lt;%2&gt;, pas &lt;lexicon&gt;)&#xa0;: exportez-le au format PLS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not valid XML (%2): check that it is a PLS file.</source>
        <translation>%1 n’est pas du XML valide (%2)&#xa0;: vérifiez qu’il s’agit bien d’un fichier PLS.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The disk holding the clip cache (%1) is full: free some space or choose another cache folder. Clips already rendered are kept.</source>
        <translation>Le disque du cache des clips (%1) est plein&#xa0;: libérez de l’espace ou choisissez un autre dossier de cache. Les clips déjà générés sont conservés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clip cache folder (%1) cannot be written to: choose another cache folder.</source>
        <translation>Impossible d’écrire dans le dossier du cache des clips (%1)&#xa0;: choisissez un autre dossier de cache.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A clip could not be saved in the cache (%1): %2.</source>
        <translation>Un clip n’a pas pu être enregistré dans le cache (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request journal beside the clip cache cannot be written (%1): nothing more is sent. Free some space or choose another cache folder.</source>
        <translation>Le journal des requêtes, à côté du cache des clips, ne peut pas être écrit (%1)&#xa0;: plus rien n’est envoyé. Libérez de l’espace ou choisissez un autre dossier de cache.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid for, but the disk is full: the clip is kept in memory until it can be written.</source>
        <translation>Payé, mais le disque est plein&#xa0;: le clip est gardé en mémoire jusqu’à ce qu’il puisse être écrit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid for, but the disk is full: the clip was written to %1 and comes back by itself.</source>
        <translation>Payé, mais le disque est plein&#xa0;: le clip a été écrit dans %1 et reviendra de lui-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk holding the clip cache (%1) is full.</source>
        <translation>Le disque du cache des clips (%1) est plein.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n paid clip(s) are kept in memory: free some space and press Retry.</source>
        <translation>
            <numerusform>%n extrait payé est gardé en mémoire&#xa0;: libérez de l’espace et cliquez sur Réessayer.</numerusform>
            <numerusform>%n extraits payés sont gardés en mémoire&#xa0;: libérez de l’espace et cliquez sur Réessayer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n paid clip(s) were written to %1; they move back into the cache the next time it opens.</source>
        <translation>
            <numerusform>%n extrait payé a été écrit dans %1&#xa0;; il reviendra dans le cache à sa prochaine ouverture.</numerusform>
            <numerusform>%n extraits payés ont été écrits dans %1&#xa0;; ils reviendront dans le cache à sa prochaine ouverture.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Nothing more was sent.</source>
        <translation>Plus rien n’a été envoyé.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>not well-formed (invalid token)</source>
        <translation>caractère inattendu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>junk after document element</source>
        <translation>du texte après la fin du document</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is not valid XML (%2: line %3, column %4): check that it is a PLS file.</source>
        <translation>%1 n’est pas du XML valide (%2&#xa0;: ligne %3, colonne %4)&#xa0;: vérifiez qu’il s’agit bien d’un fichier PLS.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The provider is failing (%1 ×%2); nothing more was sent.</source>
        <translation>Le fournisseur est en panne (%1 ×%2)&#xa0;; plus rien n’a été envoyé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal error: %1</source>
        <translation>Erreur interne&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 contains spaces or line breaks: set it to the API key alone.</source>
        <translation>%1 contient des espaces ou des sauts de ligne&#xa0;: donnez-lui pour valeur la clé d’API seule.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The offline voice engine is not installed (espeakng-loader).</source>
        <translation>Le moteur de voix hors ligne n’est pas installé (espeakng-loader).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The offline voice engine&apos;s data is missing: %1.</source>
        <translation>Les données du moteur de voix hors ligne sont introuvables&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The offline voice engine could not be loaded: %1.</source>
        <translation>Le moteur de voix hors ligne n’a pas pu être chargé&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The offline voice engine could not read its voice data (espeak-ng error %1); reinstall the app.</source>
        <translation>Le moteur de voix hors ligne n’a pas pu lire ses données vocales (erreur espeak-ng %1)&#xa0;; réinstallez l’application.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The offline engine could not select the voice %1 (error %2).</source>
        <translation>Le moteur hors ligne n’a pas pu choisir la voix %1 (erreur %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The offline engine failed to speak this line (error %1).</source>
        <translation>Le moteur hors ligne n’a pas pu dire cette réplique (erreur %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The natural voice engine (onnxruntime) is not available: %1. Pick an espeak-ng voice.</source>
        <translation>Le moteur des voix naturelles (onnxruntime) n’est pas disponible&#xa0;: %1. Choisissez une voix espeak-ng.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The voice %1 is damaged (%2): remove it and install it again.</source>
        <translation>La voix %1 est endommagée (%2)&#xa0;: supprimez-la puis installez-la de nouveau.</translation>
    </message>
</context>
<context>
    <name>FasterLinesActions</name>
    <message>
        <location filename="../../studio/gui/dub/faster_lines.py" line="+36"/>
        <source>Render every line on offer again, spoken faster by the voice itself instead of stretched, after one question with the total cost</source>
        <translation>Générer de nouveau chaque réplique en offre, dite plus vite par la voix elle-même au lieu d’être étirée, après une seule question avec le coût total</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Render %n Line(s) Faster…</source>
        <translation>
            <numerusform>Générer %n réplique plus vite…</numerusform>
            <numerusform>Générer %n répliques plus vite…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render Lines Faster…</source>
        <translation>Générer des répliques plus vite…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No line is on offer: render first, or every line fits without stretching.</source>
        <translation>Aucune réplique en offre&#xa0;: générez d’abord, ou toutes les répliques tiennent sans étirement.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Speak %n line(s) faster</source>
        <translation>
            <numerusform>Dire %n réplique plus vite</numerusform>
            <numerusform>Dire %n répliques plus vite</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Render Lines Faster</source>
        <translation>Générer des répliques plus vite</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Render %n line(s) again, spoken faster by the voice itself instead of stretched?</source>
        <translation>
            <numerusform>Générer de nouveau %n réplique, dite plus vite par la voix elle-même au lieu d’être étirée&#xa0;?</numerusform>
            <numerusform>Générer de nouveau %n répliques, dites plus vite par la voix elle-même au lieu d’être étirées&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1: %2× (%3), %4</source>
        <translation>Réplique %1&#xa0;: %2× (%3), %4</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…et %n autre</numerusform>
            <numerusform>…et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It costs %1 in total: each line is paid again.</source>
        <translation>Cela coûte %1 au total&#xa0;: chaque réplique est payée de nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render for %1</source>
        <translation>Générer pour %1</translation>
    </message>
</context>
<context>
    <name>FitFeed</name>
    <message>
        <location filename="../../studio/gui/dub/fit_feed.py" line="+103"/>
        <source>The fit forecast could not be worked out: %1</source>
        <translation>Impossible d’établir la prévision de calage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FitLadder</name>
    <message>
        <location filename="../../studio/gui/timeline/fit_ladder_text.py" line="+11"/>
        <source>Fit: as rendered</source>
        <translation>Calage&#xa0;: tel que rendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit: silence trimmed</source>
        <translation>Calage&#xa0;: silences coupés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit: borrows the pause after it</source>
        <translation>Calage&#xa0;: empiète sur la pause suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit: spoken faster by the voice</source>
        <translation>Calage&#xa0;: dit plus vite par la voix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit: the shorter wording</source>
        <translation>Calage&#xa0;: la formulation plus courte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit: stretched, pitch kept (the last resort)</source>
        <translation>Calage&#xa0;: accéléré, hauteur conservée (en dernier recours)</translation>
    </message>
</context>
<context>
    <name>FitText</name>
    <message>
        <location filename="../../studio/gui/table/fit_column.py" line="+50"/>
        <source>%1 · offer</source>
        <translation>%1 · offre</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Fits</source>
        <translation>Tient</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Borrows</source>
        <translation>Emprunte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch %1</source>
        <translation>Étirer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won&apos;t fit</source>
        <translation>Ne tiendra pas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too long</source>
        <translation>Trop longue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trimmed</source>
        <translation>Rognée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borrowed</source>
        <translation>Empruntée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spoken faster</source>
        <translation>Dite plus vite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt. text</source>
        <translation>Texte alt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretched %1</source>
        <translation>Étirée %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Its clip lasts %1 s, for a cue of %2 s (%3 s with the pause it may borrow).</source>
        <translation>Son clip dure %1&#xa0;s, pour un sous-titre de %2&#xa0;s (%3&#xa0;s avec la pause qu’elle peut emprunter).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast before rendering: about %1 s of speech at the voice&apos;s pace, for a cue of %2 s (%3 s with the pause it may borrow).</source>
        <translation>Prévision avant la génération&#xa0;: environ %1&#xa0;s de parole au débit de la voix, pour un sous-titre de %2&#xa0;s (%3&#xa0;s avec la pause qu’elle peut emprunter).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It should fit as it is.</source>
        <translation>Elle devrait tenir telle quelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It should fit by borrowing the pause after it.</source>
        <translation>Elle devrait tenir en empruntant la pause qui la suit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It should need stretching %1 to fit.</source>
        <translation>Il faudrait l’étirer %1 pour qu’elle tienne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It will not fit, even stretched to the cap: shorten it (Alternative Text…) or give it more time.</source>
        <translation>Elle ne tiendra pas, même étirée au maximum&#xa0;: raccourcissez-la (Texte alternatif…) ou donnez-lui plus de temps.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Still %1 ms too long for its place after every free fix.</source>
        <translation>Encore trop longue de %1&#xa0;ms pour sa place, après toutes les solutions gratuites.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rendered: it fits as it is.</source>
        <translation>Générée&#xa0;: elle tient telle quelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendered: it fits once the silence around it is trimmed.</source>
        <translation>Générée&#xa0;: elle tient une fois le silence autour d’elle rogné.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendered: it fits by borrowing the pause after it.</source>
        <translation>Générée&#xa0;: elle tient en empruntant la pause qui la suit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendered: the voice itself speaks it faster.</source>
        <translation>Générée&#xa0;: la voix elle-même la dit plus vite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendered: the shorter wording (alternative text) is said.</source>
        <translation>Générée&#xa0;: la formulation plus courte (texte alternatif) est dite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendered: stretched %1 to fit, pitch kept (the last resort: it can sound processed).</source>
        <translation>Générée&#xa0;: étirée %1 pour tenir, hauteur conservée (dernier recours&#xa0;: le son peut paraître traité).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>free: already rendered at this speed</source>
        <translation>gratuit&#xa0;: déjà générée à ce débit</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>still about %1 ms too long</source>
        <translation>encore trop longue d’environ %1&#xa0;ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fits with a %1 stretch</source>
        <translation>tient avec un étirement de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fits without stretching</source>
        <translation>tient sans étirement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Offer: the voice says it at %1 speed (%2), for %3. Accept it from the Render menu or the table&apos;s context menu (Render Lines Faster…).</source>
        <translation>Offre&#xa0;: la voix la dit au débit %1 (%2), pour %3. Acceptez-la depuis le menu Rendu ou le menu contextuel du tableau (Générer des répliques plus vite…).</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../studio/gui/prefs/general_page.py" line="+28"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the system</source>
        <translation>Celui du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the last file</source>
        <translation>Rouvrir le dernier fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the welcome window</source>
        <translation>Afficher la fenêtre d’accueil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies the next time Dubbing Studio starts.</source>
        <translation>Prend effet au prochain démarrage de Dubbing Studio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At start:</source>
        <translation>Au démarrage&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file named on the command line or opened from the file manager opens instead of the last one.</source>
        <translation>Un fichier donné en ligne de commande ou ouvert depuis le gestionnaire de fichiers s’ouvre à la place du dernier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent files listed:</source>
        <translation>Fichiers récents listés&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../studio/gui/shell/help_actions.py" line="+27"/>
        <source>&amp;Welcome…</source>
        <translation>&amp;Bienvenue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a voice provider, open the sample, take the tour</source>
        <translation>Choisir un fournisseur de voix, ouvrir l’exemple, suivre la visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every shortcut of the window, with a filter</source>
        <translation>Tous les raccourcis de la fenêtre, avec un filtre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;Log Folder</source>
        <translation>Afficher le dossier du &amp;journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder with the log files to attach to a bug report</source>
        <translation>Le dossier des fichiers journaux à joindre à un rapport de bogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About %1</source>
        <translation>À &amp;propos de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions, licence and the bundled engines</source>
        <translation>Versions, licence et moteurs fournis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The log folder could not be opened: %1</source>
        <translation>Impossible d’ouvrir le dossier du journal&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>JobControls</name>
    <message>
        <location filename="../../studio/gui/shell/job_controls.py" line="+46"/>
        <source>Text-to-speech provider for this job</source>
        <translation>Fournisseur de synthèse vocale pour ce travail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voice provider:</source>
        <translation>Fournisseur de voix&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text &amp;Normalization (ElevenLabs)</source>
        <translation>&amp;Normalisation du texte (ElevenLabs)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>apply_text_normalization: numbers, dates and units spelled out before speaking. It changes the audio, not the price.</source>
        <translation>apply_text_normalization&#xa0;: nombres, dates et unités écrits en toutes lettres avant d’être dits. Cela change l’audio, pas le prix.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send Neighbouring Lines as &amp;Context (ElevenLabs)</source>
        <translation>Envoyer les répliques voisines en con&amp;texte (ElevenLabs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>previous_text / next_text make lines flow together; they do not change a line&apos;s price or its cached clip</source>
        <translation>previous_text / next_text enchaînent les répliques&#xa0;; ils ne changent ni le prix d’une réplique ni son clip en cache</translation>
    </message>
</context>
<context>
    <name>KeychainText</name>
    <message>
        <location filename="../../studio/gui/accounts/keychain_text.py" line="+20"/>
        <source>Until then, a key you enter is kept only until you quit.</source>
        <translation>En attendant, une clé saisie n’est gardée que jusqu’à ce que vous quittiez l’application.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key was not removed from the keychain.</source>
        <translation>La clé n’a pas été supprimée du trousseau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain refused to remove it (%1): try again, or remove the entry “dubbing-studio” with your system&apos;s keychain manager.</source>
        <translation>Le trousseau a refusé de la supprimer (%1)&#xa0;: réessayez, ou supprimez l’entrée «&#xa0;dubbing-studio&#xa0;» avec le gestionnaire de trousseau de votre système.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your keychain is locked: unlock it (or log in again), then try again.</source>
        <translation>Votre trousseau est verrouillé&#xa0;: déverrouillez-le (ou reconnectez-vous), puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain service is not answering: log out and back in, or start GNOME Keyring or KWallet.</source>
        <translation>Le service de trousseau ne répond pas&#xa0;: déconnectez-vous puis reconnectez-vous, ou lancez GNOME Keyring ou KWallet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain is not answering: restart the computer, then try again.</source>
        <translation>Le trousseau ne répond pas&#xa0;: redémarrez l’ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain was found on this computer. Install GNOME Keyring (package gnome-keyring) or KWallet, log out and back in, then try again.</source>
        <translation>Aucun trousseau n’a été trouvé sur cet ordinateur. Installez GNOME Keyring (paquet gnome-keyring) ou KWallet, déconnectez-vous puis reconnectez-vous, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The macOS Keychain could not be used: open Keychain Access and check that your login keychain exists.</source>
        <translation>Le trousseau macOS n’a pas pu être utilisé&#xa0;: ouvrez Trousseau d’accès et vérifiez que votre trousseau de session existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Credential Manager could not be used: check that you are logged in to your own Windows account.</source>
        <translation>Le Gestionnaire d’identification Windows n’a pas pu être utilisé&#xa0;: vérifiez que vous êtes connecté à votre propre compte Windows.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain refused to keep the key.</source>
        <translation>Le trousseau a refusé de garder la clé.</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <location filename="../../studio/gui/kit/language_names.py" line="+29"/>
        <source>New York City</source>
        <translation>New York</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scotland</source>
        <translation>Écosse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lancaster</source>
        <translation>Lancastre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>West Midlands</source>
        <translation>Midlands de l’Ouest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received Pronunciation</source>
        <translation>prononciation standard britannique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shavian alphabet</source>
        <translation>alphabet shavien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balearic</source>
        <translation>baléare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North-western</source>
        <translation>nord-occidental</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valencian</source>
        <translation>valencien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandarin</source>
        <translation>mandarin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>latin as English</source>
        <translation>latin à l’anglaise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latin as Pinyin</source>
        <translation>latin en pinyin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latin as Jyutping</source>
        <translation>latin en jyutping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>East Armenia</source>
        <translation>Arménie orientale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>West Armenia</source>
        <translation>Arménie occidentale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classic</source>
        <translation>classique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Northern</source>
        <translation>du Nord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central</source>
        <translation>du Centre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Southern</source>
        <translation>du Sud</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>en</source>
        <comment>the ISO 639-1 code of the language of this translation</comment>
        <translation>fr</translation>
    </message>
</context>
<context>
    <name>LibraryTab</name>
    <message>
        <location filename="../../studio/gui/voices/voice_picker_tabs.py" line="+142"/>
        <source>Search the Voice Library</source>
        <translation>Chercher dans la Bibliothèque de voix</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any language</source>
        <translation>Toutes langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any gender</source>
        <translation>Tous genres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accent</source>
        <translation>Accent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any use</source>
        <translation>Tous usages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More…</source>
        <translation>Plus…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the next page of the Voice Library</source>
        <translation>Charger la page suivante de la Bibliothèque de voix</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listing and previewing are free. A library voice takes one of your voice slots once added to My Voices, which only happens when you click Add.</source>
        <translation>Parcourir et écouter est gratuit. Une voix de la bibliothèque prend un de vos emplacements de voix une fois ajoutée à Mes voix, ce qui n’arrive que si vous cliquez sur Ajouter.</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <location filename="../../studio/gui/table/line_editor.py" line="+67"/>
        <source>Select a line to edit its text here.</source>
        <translation>Sélectionnez une ligne pour modifier son texte ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current line&apos;s text. Enter starts a new line; Ctrl+I puts it in italics. Every change can be undone.</source>
        <translation>Le texte de la ligne courante. Entrée commence une nouvelle ligne&#xa0;; Ctrl+I la met en italique. Chaque modification peut être annulée.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no times yet: set its start and end</source>
        <translation>pas encore de temps&#xa0;: indiquez son début et sa fin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 → %2 (%3 s)</source>
        <translation>%1 → %2 (%3&#xa0;s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing to say</source>
        <translation>rien à dire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 CPS</source>
        <translation>%1&#xa0;car./s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 character sent</source>
        <translation>1 caractère envoyé</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n characters sent</source>
        <translation>
            <numerusform>%n caractère envoyé</numerusform>
            <numerusform>%n caractères envoyés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../studio/gui/shell/main_window.py" line="+72"/>
        <source>Find in text (%1)</source>
        <translation>Chercher dans le texte (%1)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a subtitle file or a project</source>
        <translation>Ouvrir un fichier de sous-titres ou un projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Find…</source>
        <translation>&amp;Chercher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API keys and balances of the voice providers</source>
        <translation>Clés API et soldes des fournisseurs de voix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../../studio/gui/shell/window_menus.py" line="+123"/>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Menu</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <location filename="../../studio/gui/shell/document_files.py" line="+52"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opened %1 as %2</source>
        <translation>%1 ouvert en %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be opened because of an unexpected error; the details are in the log.</source>
        <translation>Impossible d’ouvrir %1 à cause d’une erreur inattendue&#xa0;; les détails sont dans le journal.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Saved %1 in UTF-8: in %2 it would not have reopened with the same letters.</source>
        <translation>%1 enregistré en UTF-8&#xa0;: en %2, il ne se serait pas rouvert avec les mêmes lettres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Cannot Open File</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot Save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <location filename="../../studio/gui/shell/main_window.py" line="+43"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../../studio/gui/shell/window_menus.py" line="-102"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Render</source>
        <translation>&amp;Rendu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>V&amp;iew</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;System Default</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes the next time Dubbing Studio starts.</source>
        <translation>La langue change au prochain démarrage de Dubbing Studio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Voice and Render</source>
        <translation>Voix et rendu</translation>
    </message>
</context>
<context>
    <name>MoneyDock</name>
    <message>
        <location filename="../../studio/gui/money/money_dock.py" line="+26"/>
        <source>Account and Cost</source>
        <translation>Compte et coût</translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <location filename="../../studio/gui/kit/money_text.py" line="+65"/>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 credit</source>
        <translation>%1 crédit</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 credits</source>
        <translation>
            <numerusform>%1 crédit</numerusform>
            <numerusform>%1 crédits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>audio time</source>
        <translation>durée d’audio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>credits</source>
        <translation>crédits</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Credits reset on %1 at %2</source>
        <translation>Crédits renouvelés le %1 à %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance resets on %1 at %2</source>
        <translation>Solde renouvelé le %1 à %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>in under an hour</source>
        <translation>dans moins d’une heure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in 1 hour</source>
        <translation>dans 1 heure</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n hours</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in 1 day</source>
        <translation>dans 1 jour</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 plan</source>
        <translation>Offre %1</translation>
    </message>
</context>
<context>
    <name>NaturalVoiceOffer</name>
    <message>
        <location filename="../../studio/gui/onboarding/natural_offer.py" line="+64"/>
        <source>&amp;Download a natural French voice (about %1 MB)</source>
        <translation>&amp;Télécharger une voix française naturelle (environ %1&#xa0;Mo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, licence %2, from %3</source>
        <translation>%1, licence %2, depuis %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking whether a natural voice can be downloaded…</source>
        <translation>Recherche d’une connexion pour télécharger une voix naturelle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be reached, so no natural voice can be downloaded now. The built-in voice (espeak-ng) works without a network and stays the default. On a computer without a network, install a Piper voice from its .onnx file.</source>
        <translation>%1 est injoignable&#xa0;: aucune voix naturelle ne peut être téléchargée pour l’instant. La voix intégrée (espeak-ng) fonctionne sans réseau et reste la voix par défaut. Sur un ordinateur sans réseau, installez une voix Piper depuis son fichier .onnx.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A natural French voice is installed: the sample renders with it.</source>
        <translation>Une voix française naturelle est installée&#xa0;: l’exemple sera rendu avec elle.</translation>
    </message>
</context>
<context>
    <name>NumberText</name>
    <message>
        <location filename="../../studio/gui/kit/number_text.py" line="+53"/>
        <source>%1×</source>
        <comment>a speed factor</comment>
        <translation>×%1</translation>
    </message>
</context>
<context>
    <name>OfflineVoiceListModel</name>
    <message>
        <location filename="../../studio/gui/voices/offline_voices.py" line="+83"/>
        <source>robotic (espeak-ng)</source>
        <translation>robotique (espeak-ng)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>natural (Piper)</source>
        <translation>naturelle (Piper)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MB</source>
        <translation>%1&#xa0;Mo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>installed</source>
        <translation>installée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not installed</source>
        <translation>non installée</translation>
    </message>
</context>
<context>
    <name>OfflineVoicePanel</name>
    <message>
        <location line="+13"/>
        <source>&amp;Install</source>
        <translation>&amp;Installer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download this natural voice into your voices folder</source>
        <translation>Télécharger cette voix naturelle dans votre dossier de voix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this natural voice from this computer</source>
        <translation>Effacer cette voix naturelle de cet ordinateur</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Install from &amp;File…</source>
        <translation>Installer depuis un &amp;fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install a Piper voice (.onnx with its .onnx.json beside it) without a network</source>
        <translation>Installer une voix Piper (.onnx avec son .onnx.json à côté) sans réseau</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Natural voices run on this computer, free and offline, once installed. The robotic espeak-ng voices are always there.</source>
        <translation>Une fois installées, les voix naturelles tournent sur cet ordinateur, gratuitement et sans réseau. Les voix robotiques d’espeak-ng sont toujours là.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Install a Voice from a File</source>
        <translation>Installer une voix depuis un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Piper voices (*.onnx)</source>
        <translation>Voix Piper (*.onnx)</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+8"/>
        <location line="+3"/>
        <source>Remove Voice</source>
        <translation>Supprimer la voix</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Remove the voice %1 from this computer? You can install it again later.</source>
        <translation>Supprimer la voix %1 de cet ordinateur&#xa0;? Vous pourrez la réinstaller plus tard.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The voice could not be removed: %1.</source>
        <translation>La voix n’a pas pu être supprimée&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed %1: %2 MB freed.</source>
        <translation>%1 supprimée&#xa0;: %2&#xa0;Mo libérés.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../studio/gui/dub/export_dialog.py" line="-112"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
</context>
<context>
    <name>PlainTab</name>
    <message>
        <location filename="../../studio/gui/voices/voice_picker_tabs.py" line="+32"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (all variants)</source>
        <translation>%1 (toutes variantes)</translation>
    </message>
</context>
<context>
    <name>PreferencesActions</name>
    <message>
        <location filename="../../studio/gui/prefs/prefs_actions.py" line="+38"/>
        <source>Pr&amp;eferences…</source>
        <translation>Préfé&amp;rences…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language, theme, voices, timing, spending and storage</source>
        <translation>Langue, thème, voix, calage, dépenses et stockage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Timing…</source>
        <translation>Ca&amp;lage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed-up cap, borrowable pause, overflow policy, loudness</source>
        <translation>Accélération maximale, pause empruntable, débordement, volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;udget per Job…</source>
        <translation>&amp;Budget par travail…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never spend more than this on one render or preview</source>
        <translation>Ne jamais dépenser plus pour un rendu ou une écoute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests at &amp;Once…</source>
        <translation>Requêtes &amp;simultanées…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many lines render at the same time</source>
        <translation>Combien de répliques sont générées en même temps</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../studio/gui/prefs/prefs_dialog.py" line="+23"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show this page&apos;s defaults; OK keeps them</source>
        <translation>Afficher les valeurs par défaut de cette page&#xa0;; OK les conserve</translation>
    </message>
</context>
<context>
    <name>PreviewPlayer</name>
    <message>
        <location filename="../../studio/gui/voices/voice_preview.py" line="+81"/>
        <source>This voice has no preview sample.</source>
        <translation>Cette voix n’a pas d’échantillon d’écoute.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This voice could not speak its sample: %1</source>
        <translation>Cette voix n’a pas pu dire son extrait&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The preview sample could not be downloaded: check your internet connection and try again.</source>
        <translation>Impossible de télécharger l’échantillon&#xa0;: vérifiez votre connexion internet et réessayez.</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <location filename="../../studio/gui/kit/failure_text.py" line="-299"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../studio/gui/kit/problem_text.py" line="+35"/>
        <source>Overlaps the previous line by %1 ms: start it later or end that one sooner.</source>
        <translation>Chevauche la ligne précédente de %1&#xa0;ms&#xa0;: commencez-la plus tard ou terminez celle-là plus tôt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts before the previous line (%1): fix its start or move it.</source>
        <translation>Commence avant la ligne précédente (%1)&#xa0;: corrigez son début ou déplacez-la.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ends (%1) before it starts (%2): fix the end time.</source>
        <translation>Se termine (%1) avant de commencer (%2)&#xa0;: corrigez l’heure de fin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lasts zero seconds: give it an end time after its start.</source>
        <translation>Dure zéro seconde&#xa0;: donnez-lui une heure de fin après son début.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has no text: type its text or delete the line.</source>
        <translation>N’a pas de texte&#xa0;: tapez son texte ou supprimez la ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text outside any subtitle was ignored: %1.</source>
        <translation>Un texte hors de tout sous-titre a été ignoré&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A byte that is not %1 was read as %2; check this line.</source>
        <translation>Un octet qui n’est pas du %1 a été lu comme %2&#xa0;; vérifiez cette ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This subtitle has no timecode line: set its start and end times.</source>
        <translation>Ce sous-titre n’a pas de ligne de minutage&#xa0;: indiquez ses heures de début et de fin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This subtitle has an unreadable timecode (%1): set its start and end times.</source>
        <translation>Ce sous-titre a un minutage illisible (%1)&#xa0;: indiquez ses heures de début et de fin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pronunciation of %1 uses %2, which the voice %3 cannot say: write its phonemes with sounds of this voice&apos;s language, or give the word an alias instead.</source>
        <translation>La prononciation de %1 utilise %2, que la voix %3 ne sait pas dire&#xa0;: écrivez ses phonèmes avec des sons de la langue de cette voix, ou donnez plutôt un alias au mot.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pronunciation of %1 has no sound in it: type its phonemes, or give the word an alias instead.</source>
        <translation>La prononciation de %1 ne contient aucun son&#xa0;: tapez ses phonèmes, ou donnez plutôt un alias au mot.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pronunciation of %1 cannot be read: %2 is not a CMU Arpabet symbol: write it as in the CMU dictionary (for example N G UW1 Y EH0 N).</source>
        <translation>La prononciation de %1 est illisible&#xa0;: %2 n’est pas un symbole de l’Arpabet CMU&#xa0;: écrivez-la comme dans le dictionnaire CMU (par exemple N G UW1 Y EH0 N).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not rendered: the job stopped. %1</source>
        <translation>Non générée&#xa0;: le rendu s’est arrêté. %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>This natural voice is not installed: install it in Choose Voice ▸ Offline (or with voice-install), or pick another voice.</source>
        <translation>Cette voix naturelle n’est pas installée&#xa0;: installez-la dans Choisir la voix ▸ Hors ligne (ou avec voice-install), ou choisissez une autre voix.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent: %1</source>
        <translation>Non envoyée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../studio/gui/kit/progress_runner.py" line="+39"/>
        <source>{label}
{percent} %</source>
        <translation>{label}
{percent}&#xa0;%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about {minutes} min left</source>
        <translation>encore environ {minutes}&#xa0;min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about {seconds} s left</source>
        <translation>encore environ {seconds}&#xa0;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}
{percent} % · {when}</source>
        <translation>{label}
{percent}&#xa0;% · {when}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This did not work because of an unexpected error ({kind}). The details are in the log.</source>
        <translation>Échec dû à une erreur inattendue ({kind}). Les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>PronunciationActions</name>
    <message>
        <location filename="../../studio/gui/table/pronunciation_actions.py" line="+29"/>
        <source>&amp;Pronunciations…</source>
        <translation>&amp;Prononciations…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How names and words are said: aliases or phonemes, imported from or exported to PLS</source>
        <translation>Comment dire les noms et les mots&#xa0;: alias ou phonèmes, importés d’un fichier PLS ou exportés vers un fichier PLS</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Change pronunciations</source>
        <translation>Modifier les prononciations</translation>
    </message>
</context>
<context>
    <name>PronunciationDialog</name>
    <message>
        <location filename="../../studio/gui/table/pronunciation_dialog.py" line="+43"/>
        <source>Pronunciations</source>
        <translation>Prononciations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words the voices should say differently, such as names. An alias is another spelling that every voice reads; phonemes (IPA or CMU) are honoured by the natural offline voices and some ElevenLabs English models, not by espeak-ng or Narakeet. Whole words match; untick Match case to catch “NGUYEN” too.</source>
        <translation>Les mots que les voix doivent dire autrement, comme les noms. Un alias est une autre graphie que toutes les voix lisent&#xa0;; les phonèmes (API ou CMU) sont suivis par les voix hors ligne naturelles et certains modèles anglais d’ElevenLabs, pas par espeak-ng ni Narakeet. Seuls les mots entiers correspondent&#xa0;; décochez Respecter la casse pour attraper aussi «&#xa0;NGUYEN&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Word</source>
        <translation>Mot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Said as</source>
        <translation>Dit comme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation>Répliques</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import PLS…</source>
        <translation>&amp;Importer un PLS…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PLS…</source>
        <translation>&amp;Exporter en PLS…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IPA phonemes</source>
        <translation>Phonèmes API</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CMU phonemes</source>
        <translation>Phonèmes CMU</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%n marked rule(s) cannot be said by the project&apos;s natural voice: each line using one would fail when rendered. Fix the phonemes or make them aliases.</source>
        <translation>
            <numerusform>%n règle marquée ne peut pas être dite par la voix naturelle du projet&#xa0;: chaque réplique qui l’emploie échouerait au rendu. Corrigez ses phonèmes ou faites-en un alias.</numerusform>
            <numerusform>%n règles marquées ne peuvent pas être dites par la voix naturelle du projet&#xa0;: chaque réplique qui en emploie une échouerait au rendu. Corrigez leurs phonèmes ou faites-en des alias.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Pronunciation Not Valid</source>
        <translation>Prononciation non valide</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import Pronunciations</source>
        <translation>Importer des prononciations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronunciation lexicons (*.pls *.xml);;All files (*)</source>
        <translation>Lexiques de prononciation (*.pls *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronunciations Not Imported</source>
        <translation>Prononciations non importées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Pronunciations</source>
        <translation>Exporter les prononciations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pronunciation lexicons (*.pls)</source>
        <translation>Lexiques de prononciation (*.pls)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronunciations Not Exported</source>
        <translation>Prononciations non exportées</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be written (%2): choose another folder.</source>
        <translation>%1 n’a pas pu être écrit (%2)&#xa0;: choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>ProviderBox</name>
    <message>
        <location filename="../../studio/gui/accounts/accounts_dialog.py" line="-258"/>
        <location line="+148"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Show or hide the key you are typing</source>
        <translation>Afficher ou masquer la clé que vous tapez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the provider for the balance with this key (costs nothing)</source>
        <translation>Demander le solde au fournisseur avec cette clé (gratuit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save to Keychain</source>
        <translation>Enregistrer dans le trousseau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use Until I Quit</source>
        <translation>Utiliser jusqu’à la fermeture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this key until you quit Dubbing Studio; it is not saved</source>
        <translation>Utiliser cette clé jusqu’à ce que vous quittiez Dubbing Studio&#xa0;; elle n’est pas enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the stored key from the keychain</source>
        <translation>Supprimer du trousseau la clé enregistrée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clé API&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type or paste a key first.</source>
        <translation>Tapez ou collez d’abord une clé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>The key contains spaces or line breaks: paste the API key alone.</source>
        <translation>La clé contient des espaces ou des retours à la ligne&#xa0;: collez la clé API seule.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Saved.</source>
        <translation>Enregistrée.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No key to test: paste one above.</source>
        <translation>Aucune clé à tester&#xa0;: collez-en une ci-dessus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Key stored in %1.</source>
        <translation>Clé enregistrée dans %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key stored. Saved keys go to %1.</source>
        <translation>Aucune clé enregistrée. Les clés enregistrées vont dans %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the key in %1, never in a file</source>
        <translation>Garder la clé dans %1, jamais dans un fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is set in the environment: it is used instead of any stored key.</source>
        <translation>%1 est défini dans l’environnement&#xa0;: il remplace toute clé enregistrée.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The server address is not valid: %1</source>
        <translation>L’adresse du serveur n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 plan</source>
        <translation>offre %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credits reset on %1</source>
        <translation>Crédits renouvelés le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance resets on %1</source>
        <translation>Solde renouvelé le %1</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Stored. Type a new key to replace it</source>
        <translation>Enregistrée. Tapez une nouvelle clé pour la remplacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste your API key</source>
        <translation>Collez votre clé API</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kept until you quit. Type a new key to replace it</source>
        <translation>Gardée jusqu’à la fermeture. Tapez une nouvelle clé pour la remplacer</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The test failed because of an unexpected error; the details are in the log.</source>
        <translation>Le test a échoué à cause d’une erreur inattendue&#xa0;; les détails sont dans le journal.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>credits</source>
        <translation>crédits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key accepted; the balance is unknown.</source>
        <translation>Clé acceptée&#xa0;; le solde est inconnu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 %3 left</source>
        <translation>%1 %3 restants sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 left</source>
        <translation>%1 %2 restants</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Voice slots: %1 of %2 used</source>
        <translation>Emplacements de voix&#xa0;: %1 sur %2 utilisés</translation>
    </message>
</context>
<context>
    <name>ProviderOnlyActions</name>
    <message>
        <location filename="../../studio/gui/kit/provider_only.py" line="+32"/>
        <source>Only for %1 voices: choose %1 as the voice provider to use this.</source>
        <translation>Réservé aux voix %1&#xa0;: choisissez %1 comme fournisseur de voix pour l’utiliser.</translation>
    </message>
</context>
<context>
    <name>ProviderText</name>
    <message>
        <location filename="../../studio/gui/kit/provider_text.py" line="+30"/>
        <source>The API key was refused: check it in Accounts, or create a new one on the provider&apos;s site.</source>
        <translation>La clé API a été refusée&#xa0;: vérifiez-la dans Comptes, ou créez-en une nouvelle sur le site du fournisseur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account has run out of credits: wait for the next reset, top up, or enable usage-based billing.</source>
        <translation>Votre compte n’a plus de crédits&#xa0;: attendez le prochain renouvellement, rechargez, ou activez la facturation à l’usage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All your voice slots are used: remove a voice you no longer need from My Voices, or pick a voice you already have.</source>
        <translation>Tous vos emplacements de voix sont pris&#xa0;: retirez de Mes voix une voix dont vous n’avez plus besoin, ou choisissez une voix que vous avez déjà.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This voice or feature needs a paid plan: pick a default voice or upgrade.</source>
        <translation>Cette voix ou cette fonction demande une offre payante&#xa0;: choisissez une voix par défaut ou changez d’offre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This voice does not exist for your account: pick another voice for this line.</source>
        <translation>Cette voix n’existe pas pour votre compte&#xa0;: choisissez une autre voix pour cette réplique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This line is longer than the model allows: split it into shorter lines.</source>
        <translation>Cette réplique dépasse la longueur permise par le modèle&#xa0;: scindez-la en répliques plus courtes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider asks to slow down: the request will be retried.</source>
        <translation>Le fournisseur demande de ralentir&#xa0;: la requête sera renvoyée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider is busy or unavailable: the request will be retried.</source>
        <translation>Le fournisseur est occupé ou indisponible&#xa0;: la requête sera renvoyée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider could not be reached: check your internet connection.</source>
        <translation>Impossible de joindre le fournisseur&#xa0;: vérifiez votre connexion internet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider sent an unreadable answer: the request will be retried.</source>
        <translation>Le fournisseur a envoyé une réponse illisible&#xa0;: la requête sera renvoyée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider refused this line: check its text and the voice settings.</source>
        <translation>Le fournisseur a refusé cette réplique&#xa0;: vérifiez son texte et les réglages de la voix.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voice Library voices cannot be used through the API on the free plan: pick one of your voices or a default voice, or upgrade your ElevenLabs plan.</source>
        <translation>Avec l’offre gratuite, les voix de la Bibliothèque ne sont pas utilisables par l’API&#xa0;: choisissez une de vos voix ou une voix par défaut, ou passez à une offre ElevenLabs payante.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic (model decides)</source>
        <translation>Automatique (le modèle décide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always (like the website)</source>
        <translation>Toujours (comme sur le site)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never (text sent as written)</source>
        <translation>Jamais (texte envoyé tel quel)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>All your voice slots are used: this needs %n free voice slot(s). Remove a library voice you no longer need from My Voices, or pick a voice you already have.</source>
        <translation>
            <numerusform>Tous vos emplacements de voix sont pris&#xa0;: il en faut %n de libre. Retirez de Mes voix une voix de la bibliothèque dont vous n’avez plus besoin, ou choisissez une voix que vous avez déjà.</numerusform>
            <numerusform>Tous vos emplacements de voix sont pris&#xa0;: il en faut %n de libres. Retirez de Mes voix une voix de la bibliothèque dont vous n’avez plus besoin, ou choisissez une voix que vous avez déjà.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All your voice slots are used (%1 of %2 used): this needs %n free voice slot(s). Remove a library voice you no longer need from My Voices, or pick a voice you already have.</source>
        <translation>
            <numerusform>Tous vos emplacements de voix sont pris (%1 sur %2)&#xa0;: il en faut %n de libre. Retirez de Mes voix une voix de la bibliothèque dont vous n’avez plus besoin, ou choisissez une voix que vous avez déjà.</numerusform>
            <numerusform>Tous vos emplacements de voix sont pris (%1 sur %2)&#xa0;: il en faut %n de libres. Retirez de Mes voix une voix de la bibliothèque dont vous n’avez plus besoin, ou choisissez une voix que vous avez déjà.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenderActions</name>
    <message>
        <location filename="../../studio/gui/render/render_actions.py" line="+40"/>
        <source>&amp;Render All Lines</source>
        <translation>&amp;Générer toutes les répliques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render every line that has no clip yet (cost shown first)</source>
        <translation>Générer chaque réplique qui n’a pas encore de clip (coût affiché d’abord)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render &amp;Selected Lines</source>
        <translation>Générer la &amp;sélection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel Render</source>
        <translation>&amp;Annuler le rendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lines rendered before their neighbours were edited keep their clip (it is paid for); re-render them for smoother continuity</source>
        <translation>Les répliques générées avant la modification de leurs voisines gardent leur clip (il est payé)&#xa0;; régénérez-les pour un enchaînement plus fluide</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Retr&amp;y Failed Lines</source>
        <translation>Réessa&amp;yer les échecs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-render Lines With Changed Conte&amp;xt…</source>
        <translation>Régénérer les répliques au &amp;contexte modifié…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clip Cac&amp;he…</source>
        <translation>Cac&amp;he des clips…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the rendered clips are kept, how much disk they use, and clearing them</source>
        <translation>Où les clips générés sont gardés, la place qu’ils prennent, et comment les vider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Play Line</source>
        <translation>&amp;Écouter la réplique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the current line&apos;s clip (rendering it first if needed)</source>
        <translation>Écouter le clip de la réplique courante (en le générant d’abord si besoin)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top Playing</source>
        <translation>A&amp;rrêter l’écoute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play &amp;Next Line Automatically</source>
        <translation>E&amp;nchaîner sur la réplique suivante</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No failed lines to retry.</source>
        <translation>Aucun échec à réessayer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No rendered line has neighbours that changed since.</source>
        <translation>Aucune réplique générée n’a de voisine modifiée depuis.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clip cache is not open yet.</source>
        <translation>Le cache des clips n’est pas encore ouvert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The clip cache was cleared.</source>
        <translation>Le cache des clips a été vidé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This line has nothing to say.</source>
        <translation>Cette réplique n’a rien à dire.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No audio output device: lines play silently. Rendering, the timeline and export work without one.</source>
        <translation>Aucune sortie audio&#xa0;: les répliques sont lues en silence. Le rendu, la ligne temporelle et l’export fonctionnent sans.</translation>
    </message>
</context>
<context>
    <name>RenderController</name>
    <message>
        <location filename="../../studio/gui/render/render_controller.py" line="+76"/>
        <source>The clip cache cannot be used: %1</source>
        <translation>Le cache des clips est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A render is already running: wait for it or cancel it.</source>
        <translation>Un rendu est déjà en cours&#xa0;: attendez sa fin ou annulez-le.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not Ready</source>
        <translation>Pas prêt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The voice provider is not ready yet (no key, no network, or still connecting): see the account panel.</source>
        <translation>Le fournisseur de voix n’est pas encore prêt (pas de clé, pas de réseau, ou connexion en cours)&#xa0;: voyez le panneau du compte.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nothing to render: every line with something to say already has its clip.</source>
        <translation>Rien à générer&#xa0;: chaque réplique qui a quelque chose à dire a déjà son clip.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Render cancelled: nothing was sent.</source>
        <translation>Rendu annulé&#xa0;: rien n’a été envoyé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Voice Not Added</source>
        <translation>Voix non ajoutée</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+59"/>
        <source>Render Not Started</source>
        <translation>Rendu non lancé</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Interrupted Render</source>
        <translation>Rendu interrompu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An earlier render was interrupted, and its requests could not be looked up in the provider&apos;s history (%1). Nothing was sent, so nothing is paid twice: try again when the provider answers.</source>
        <translation>Un rendu précédent a été interrompu et ses requêtes n’ont pas pu être recherchées dans l’historique du fournisseur (%1). Rien n’a été envoyé, donc rien n’est payé deux fois&#xa0;: réessayez quand le fournisseur répondra.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>See the log for details.</source>
        <translation>Les détails sont dans le journal.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelling: queued lines are not sent; lines in progress finish.</source>
        <translation>Annulation&#xa0;: les répliques en attente ne sont pas envoyées&#xa0;; celles en cours se terminent.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Actual Cost Differs</source>
        <translation>Le coût réel diffère</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render cancelled: finished clips are kept.</source>
        <translation>Rendu annulé&#xa0;: les clips terminés sont conservés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Render stopped: %1 Finished clips are kept.</source>
        <translation>Rendu arrêté&#xa0;: %1 Les clips terminés sont conservés.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Provider Failing</source>
        <translation>Fournisseur en panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lines that failed or were not sent can be tried again once the provider recovers.</source>
        <translation>Les lignes en échec ou non envoyées pourront être réessayées quand le fournisseur sera rétabli.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Render stopped: the disk is full. %n paid clip(s) are kept in memory: free some space and press Retry.</source>
        <translation>
            <numerusform>Rendu arrêté&#xa0;: le disque est plein. %n extrait payé est gardé en mémoire&#xa0;: libérez de l’espace et cliquez sur Réessayer.</numerusform>
            <numerusform>Rendu arrêté&#xa0;: le disque est plein. %n extraits payés sont gardés en mémoire&#xa0;: libérez de l’espace et cliquez sur Réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Render Stopped</source>
        <translation>Rendu arrêté</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Render Failed</source>
        <translation>Échec du rendu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The render stopped on an unexpected error; finished clips are kept. The details are in the log.</source>
        <translation>Le rendu s’est arrêté sur une erreur inattendue&#xa0;; les clips terminés sont conservés. Les détails sont dans le journal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disk Full</source>
        <translation>Disque plein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The paid clips kept in memory are now in the clip cache.</source>
        <translation>Les extraits payés gardés en mémoire sont maintenant dans le cache des extraits.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The disk is still full: %n paid clip(s) are kept in memory. Free some space and press Retry.</source>
        <translation>
            <numerusform>Le disque est toujours plein&#xa0;: %n extrait payé est gardé en mémoire. Libérez de l’espace et cliquez sur Réessayer.</numerusform>
            <numerusform>Le disque est toujours plein&#xa0;: %n extraits payés sont gardés en mémoire. Libérez de l’espace et cliquez sur Réessayer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenderDialogs</name>
    <message>
        <location filename="../../studio/gui/render/render_dialogs.py" line="+38"/>
        <source>Voices Need Slots</source>
        <translation>Emplacements de voix nécessaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These voices are not in My Voices: %1.

Rendering adds them, and each takes one voice slot (%2 of %3 used now). Add them and render?</source>
        <translation>Ces voix ne sont pas dans Mes voix&#xa0;: %1.

Le rendu les ajoute, et chacune prend un emplacement de voix (%2 sur %3 utilisés actuellement). Les ajouter et générer&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Voices to My Voices?</source>
        <translation>Ajouter les voix à Mes voix&#xa0;?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Start Render?</source>
        <translation>Lancer le rendu&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n voice(s) are not in My Voices and would each take a voice slot when used (%1 of %2 used): %3. Add them explicitly first.</source>
        <translation>
            <numerusform>%n voix n’est pas dans Mes voix et prendrait un emplacement de voix une fois utilisée (%1 sur %2 utilisés)&#xa0;: %3. Ajoutez-la d’abord explicitement.</numerusform>
            <numerusform>%n voix ne sont pas dans Mes voix et prendraient chacune un emplacement de voix une fois utilisées (%1 sur %2 utilisés)&#xa0;: %3. Ajoutez-les d’abord explicitement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n voice(s) are not in My Voices and would each take a voice slot when used: %3. Add them explicitly first.</source>
        <translation>
            <numerusform>%n voix n’est pas dans Mes voix et prendrait un emplacement de voix une fois utilisée&#xa0;: %3. Ajoutez-la d’abord explicitement.</numerusform>
            <numerusform>%n voix ne sont pas dans Mes voix et prendraient chacune un emplacement de voix une fois utilisées&#xa0;: %3. Ajoutez-les d’abord explicitement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n request(s) of an interrupted render were found.</source>
        <translation>
            <numerusform>%n requête d’un rendu interrompu a été trouvée.</numerusform>
            <numerusform>%n requêtes d’un rendu interrompu ont été trouvées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clip(s) were fetched back from the provider&apos;s history at no cost.</source>
        <translation>
            <numerusform>%n extrait a été récupéré sans frais dans l’historique du fournisseur.</numerusform>
            <numerusform>%n extraits ont été récupérés sans frais dans l’historique du fournisseur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n never reached the provider and were not billed.</source>
        <translation>
            <numerusform>%n n’est jamais parvenue au fournisseur et n’a pas été facturée.</numerusform>
            <numerusform>%n ne sont jamais parvenues au fournisseur et n’ont pas été facturées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n are not in the provider&apos;s history yet: each is looked for there again just before its line is sent.</source>
        <translation>
            <numerusform>%n n’est pas encore dans l’historique du fournisseur&#xa0;: elle y sera cherchée de nouveau juste avant l’envoi de sa ligne.</numerusform>
            <numerusform>%n ne sont pas encore dans l’historique du fournisseur&#xa0;: chacune y sera cherchée de nouveau juste avant l’envoi de sa ligne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n may have been billed by the provider, which keeps no history to fetch them from: they are rendered again.</source>
        <translation>
            <numerusform>%n a peut-être été facturée par le fournisseur, qui ne garde aucun historique où la récupérer&#xa0;: elle est rendue à nouveau.</numerusform>
            <numerusform>%n ont peut-être été facturées par le fournisseur, qui ne garde aucun historique où les récupérer&#xa0;: elles sont rendues à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key may not read the speech history: give it the History (read) permission so interrupted requests can be fetched back.</source>
        <translation>La clé d’API ne peut pas lire l’historique des voix&#xa0;: donnez-lui la permission Historique (lecture) pour que les requêtes interrompues puissent être récupérées.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Render finished: %n line(s) done.</source>
        <translation>
            <numerusform>Rendu terminé&#xa0;: %n réplique générée.</numerusform>
            <numerusform>Rendu terminé&#xa0;: %n répliques générées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Render finished: %n line(s) done, %2 failed (see their status).</source>
        <translation>
            <numerusform>Rendu terminé&#xa0;: %n réplique générée, %2 en échec (voir leur état).</numerusform>
            <numerusform>Rendu terminé&#xa0;: %n répliques générées, %2 en échec (voir leur état).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider charged %1 where %2 was estimated (more than 5 % apart). The model prices are being read again so the next estimates match.</source>
        <translation>Le fournisseur a facturé %1 pour %2 estimés (plus de 5&#xa0;% d’écart). Les tarifs des modèles sont relus pour que les prochaines estimations soient justes.</translation>
    </message>
</context>
<context>
    <name>RenderProgress</name>
    <message>
        <location filename="../../studio/gui/render/render_progress.py" line="+19"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the render: queued lines are not sent, finished clips are kept</source>
        <translation>Arrêter le rendu&#xa0;: les répliques en attente ne sont pas envoyées, les clips terminés sont conservés</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%v / %m line(s)</source>
        <translation>
            <numerusform>%v / %m réplique</numerusform>
            <numerusform>%v / %m répliques</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Rendering…</source>
        <translation>Génération…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>about %1 left</source>
        <translation>encore %1 environ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 spent</source>
        <translation>%1 dépensés</translation>
    </message>
</context>
<context>
    <name>RetimeActions</name>
    <message>
        <location filename="../../studio/gui/table/retime_actions.py" line="+30"/>
        <source>&amp;Shift Times…</source>
        <translation>&amp;Décaler les temps…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all lines or the selected ones earlier or later</source>
        <translation>Afficher toutes les lignes, ou celles sélectionnées, plus tôt ou plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tretch Between Two Lines…</source>
        <translation>É&amp;tirer entre deux lignes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move and stretch every line so that two lines start where you say</source>
        <translation>Déplacer et étirer toutes les lignes pour que deux lignes commencent où vous le dites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at &amp;Video Position</source>
        <translation>Début à la position de la &amp;vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the current line to start where the video is paused (its length is kept)</source>
        <translation>Déplacer la ligne courante pour qu’elle commence là où la vidéo est en pause (sa durée est gardée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End at V&amp;ideo Position</source>
        <translation>Fin à la position de la v&amp;idéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the current line where the video is paused</source>
        <translation>Terminer la ligne courante là où la vidéo est en pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ynchronize</source>
        <translation>S&amp;ynchroniser</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open a subtitle file first.</source>
        <translation>Ouvrez d’abord un fichier de sous-titres.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to shift: the offset is zero.</source>
        <translation>Rien à décaler&#xa0;: le décalage est nul.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That would move a line before the start of the film: shift by at most −%1.</source>
        <translation>Une ligne passerait avant le début du film&#xa0;: décalez d’au plus −%1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shift 1 line by %1 s</source>
        <translation>Décaler 1 ligne de %1&#xa0;s</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Shift %n lines by %1 s</source>
        <translation>
            <numerusform>Décaler %n ligne de %1&#xa0;s</numerusform>
            <numerusform>Décaler %n lignes de %1&#xa0;s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stretching needs at least two lines.</source>
        <translation>Il faut au moins deux lignes pour étirer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>These sync points would put lines before the start of the film or in reverse order: check the two times.</source>
        <translation>Ces points de synchronisation mettraient des lignes avant le début du film ou dans l’ordre inverse&#xa0;: vérifiez les deux temps.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stretch between two lines</source>
        <translation>Étirer entre deux lignes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a line first.</source>
        <translation>Sélectionnez d’abord une ligne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a video first (File ▸ Choose Video…), pause it where the line should start or end, then snap.</source>
        <translation>Ouvrez d’abord une vidéo (Fichier ▸ Choisir la vidéo…), mettez-la en pause là où la ligne doit commencer ou finir, puis recommencez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The video is at %1, before this line starts: the end must follow the start.</source>
        <translation>La vidéo est à %1, avant le début de cette ligne&#xa0;: la fin doit suivre le début.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snap start to video</source>
        <translation>Caler le début sur la vidéo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snap end to video</source>
        <translation>Caler la fin sur la vidéo</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../studio/gui/table/sync_dialogs.py" line="+60"/>
        <source>Shift Times</source>
        <translation>Décaler les temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All lines</source>
        <translation>&amp;Toutes les lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Selected lines (%1)</source>
        <translation>Lignes &amp;sélectionnées (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shift &amp;by:</source>
        <translation>Décaler &amp;de&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First line starts at:</source>
        <translation>La &amp;première ligne commence à&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lines:</source>
        <translation>Lignes&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Negative: the lines show earlier. Positive: later.</source>
        <translation>Négatif&#xa0;: les lignes s’affichent plus tôt. Positif&#xa0;: plus tard.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a time: type it as 00:01:02,500.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un temps&#xa0;: tapez-le sous la forme 00:01:02,500.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../studio/gui/shell/shortcuts_dialog.py" line="+105"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by action or key</source>
        <translation>Filtrer par action ou par touche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No shortcut matches.</source>
        <translation>Aucun raccourci ne correspond.</translation>
    </message>
</context>
<context>
    <name>SlotMeter</name>
    <message>
        <location filename="../../studio/gui/money/slot_meter.py" line="+36"/>
        <source>Voice slots: unknown</source>
        <translation>Emplacements de voix&#xa0;: inconnus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The slot counters are not available for this account or provider.</source>
        <translation>Les compteurs d’emplacements ne sont pas disponibles pour ce compte ou ce fournisseur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice slots: %1 / %2</source>
        <translation>Emplacements de voix&#xa0;: %1 / %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All voice slots are used: a Voice Library voice cannot be added until you remove one from My Voices.</source>
        <translation>Tous les emplacements de voix sont pris&#xa0;: impossible d’ajouter une voix de la Bibliothèque avant d’en retirer une de Mes voix.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n voice slot(s) free. Default voices never take a slot; each Voice Library voice added to My Voices takes one.</source>
        <translation>
            <numerusform>%n emplacement de voix libre. Les voix par défaut n’en prennent jamais&#xa0;; chaque voix de la Bibliothèque ajoutée à Mes voix en prend un.</numerusform>
            <numerusform>%n emplacements de voix libres. Les voix par défaut n’en prennent jamais&#xa0;; chaque voix de la Bibliothèque ajoutée à Mes voix en prend un.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlotsFullDialog</name>
    <message>
        <location filename="../../studio/gui/money/slots_dialog.py" line="+52"/>
        <source>Voice slots</source>
        <translation>Emplacements de voix</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Library copy in My Voices</source>
        <translation>Copie de bibliothèque dans Mes voix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This project</source>
        <translation>Ce projet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove from My Voices…</source>
        <translation>Retirer de Mes voix…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frees one voice slot. You can add the voice again later from the Voice Library.</source>
        <translation>Libère un emplacement de voix. Vous pourrez rajouter la voix plus tard depuis la Bibliothèque de voix.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading the library copies in My Voices…</source>
        <translation>Chargement des copies de bibliothèque de Mes voix…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove “%1” from My Voices? This project uses it: its lines will not render with it until you add it again or pick another voice. Removing frees one voice slot.</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de Mes voix&#xa0;? Ce projet l’utilise&#xa0;: ses répliques ne pourront plus être générées avec elle tant que vous ne la rajoutez pas ou ne choisissez pas une autre voix. La retirer libère un emplacement de voix.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove “%1” from My Voices? This project does not use it. Removing frees one voice slot; you can add it again later from the Voice Library.</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de Mes voix&#xa0;? Ce projet ne l’utilise pas. La retirer libère un emplacement de voix&#xa0;; vous pourrez la rajouter plus tard depuis la Bibliothèque de voix.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove voice</source>
        <translation>Retirer la voix</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removing “%1”…</source>
        <translation>Retrait de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>used</source>
        <translation>utilisée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not used</source>
        <translation>non utilisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no library copy in My Voices: the slots are held by your own cloned or generated voices. Remove one on elevenlabs.io if you no longer need it.</source>
        <translation>Mes voix ne contient aucune copie de bibliothèque&#xa0;: les emplacements sont pris par vos propres voix clonées ou générées. Retirez-en une sur elevenlabs.io si vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a voice this project does not use, then Remove.</source>
        <translation>Choisissez une voix que ce projet n’utilise pas, puis Retirer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Something went wrong; see the log.</source>
        <translation>Une erreur s’est produite&#xa0;; voyez le journal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All your voice slots are used (%1 of %2).</source>
        <translation>Tous vos emplacements de voix sont pris (%1 sur %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To add “%1”, first remove a voice you no longer need from My Voices.</source>
        <translation>Pour ajouter «&#xa0;%1&#xa0;», retirez d’abord de Mes voix une voix dont vous n’avez plus besoin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To add a Voice Library voice, first remove one you no longer need.</source>
        <translation>Pour ajouter une voix de la Bibliothèque, retirez d’abord une voix dont vous n’avez plus besoin.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %2 voice slots used: you can add %n more Voice Library voice(s).</source>
        <translation>
            <numerusform>%1 emplacements de voix utilisés sur %2&#xa0;: vous pouvez encore ajouter %n voix de la Bibliothèque.</numerusform>
            <numerusform>%1 emplacements de voix utilisés sur %2&#xa0;: vous pouvez encore ajouter %n voix de la Bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library voices you added to My Voices each hold one voice slot.</source>
        <translation>Chaque voix de bibliothèque ajoutée à Mes voix occupe un emplacement de voix.</translation>
    </message>
</context>
<context>
    <name>SpeakerDialog</name>
    <message>
        <location filename="../../studio/gui/voices/speaker_dialog.py" line="+31"/>
        <source>Voices by speaker</source>
        <translation>Voix par locuteur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speakers are found from names before a colon (“JEAN : Bonjour”) and from dialogue dashes. Pick a voice for each; lines of a speaker left on “Keep current voice” do not change.</source>
        <translation>Les locuteurs sont repérés par un nom suivi de deux-points («&#xa0;JEAN&#xa0;: Bonjour&#xa0;») et par les tirets de dialogue. Choisissez une voix pour chacun&#xa0;; les répliques d’un locuteur laissé sur «&#xa0;Garder la voix actuelle&#xa0;» ne changent pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines without a name keep the previous speaker</source>
        <translation>Les répliques sans nom gardent le locuteur précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many subtitle files name the speaker only when it changes.</source>
        <translation>Beaucoup de fichiers de sous-titres ne nomment le locuteur que lorsqu’il change.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation>Répliques</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apply voices</source>
        <translation>Appliquer les voix</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Dialogue dash – first speaker</source>
        <translation>Tiret de dialogue – premier locuteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialogue dash – second speaker</source>
        <translation>Tiret de dialogue – second locuteur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First heard on line %1</source>
        <translation>Entendu pour la première fois à la réplique %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep current voice</source>
        <translation>Garder la voix actuelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (not in My Voices: takes 1 slot)</source>
        <translation>%1 (pas dans Mes voix&#xa0;: prend 1 emplacement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No speaker was found: no line starts with a name and a colon, and no line has dialogue dashes. Use the voice picker for all or selected lines instead.</source>
        <translation>Aucun locuteur trouvé&#xa0;: aucune réplique ne commence par un nom suivi de deux-points, et aucune n’a de tirets de dialogue. Utilisez plutôt le choix de voix pour toutes les répliques ou la sélection.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n line(s) get a voice from their speaker.</source>
        <translation>
            <numerusform>%n réplique reçoit la voix de son locuteur.</numerusform>
            <numerusform>%n répliques reçoivent la voix de leur locuteur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n line(s) have no known speaker and keep their voice.</source>
        <translation>
            <numerusform>%n réplique n’a pas de locuteur connu et garde sa voix.</numerusform>
            <numerusform>%n répliques n’ont pas de locuteur connu et gardent leur voix.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1 has two speakers with different voices: one line is one clip, so it is spoken with its first speaker&apos;s voice. Split it to give each speaker their own voice.</source>
        <translation>La réplique %1 a deux locuteurs aux voix différentes&#xa0;: une réplique fait un seul clip, elle est donc dite avec la voix de son premier locuteur. Scindez-la pour donner sa voix à chaque locuteur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines %1 have two speakers with different voices: one line is one clip, so each is spoken with its first speaker&apos;s voice. Split them to give each speaker their own voice.</source>
        <translation>Les répliques %1 ont deux locuteurs aux voix différentes&#xa0;: une réplique fait un seul clip, chacune est donc dite avec la voix de son premier locuteur. Scindez-les pour donner sa voix à chaque locuteur.</translation>
    </message>
</context>
<context>
    <name>SpeechSetting</name>
    <message>
        <location filename="../../studio/gui/table/speech_setting.py" line="+24"/>
        <source>Speak Text in &amp;Brackets</source>
        <translation>Dire le texte entre c&amp;rochets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read [notes] and (notes) aloud; they are usually hearing-impaired descriptions, not dialogue</source>
        <translation>Lire à voix haute les [notes] et (notes)&#xa0;; ce sont en général des descriptions pour sourds et malentendants, pas du dialogue</translation>
    </message>
</context>
<context>
    <name>SpeedOfferActions</name>
    <message>
        <location filename="../../studio/gui/dub/speed_offer.py" line="+113"/>
        <source>Render Line &amp;Faster…</source>
        <translation>Générer plus vi&amp;te…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render the line again at a faster speaking speed of the voice (ElevenLabs, Narakeet), with its cost shown first</source>
        <translation>Générer à nouveau la réplique avec un débit de la voix plus rapide (ElevenLabs, Narakeet), coût affiché d’abord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Use the Voice&apos;s Speed for Line</source>
        <translation>Débit de la voi&amp;x pour la réplique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget this line&apos;s own speaking speed</source>
        <translation>Oublier le débit propre à cette réplique</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Nothing to offer: the line fits, has no clip yet, or the provider has no speaking speed (ElevenLabs and Narakeet have one).</source>
        <translation>Rien à proposer&#xa0;: la réplique tient, n’a pas encore de clip, ou le fournisseur n’a pas de réglage de débit (ElevenLabs et Narakeet en ont un).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set speaking speed of line %1</source>
        <translation>le réglage du débit de la réplique %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the voice&apos;s speed for line %1</source>
        <translation>le retour au débit de la voix (réplique %1)</translation>
    </message>
</context>
<context>
    <name>SpeedOfferDialog</name>
    <message>
        <location line="-137"/>
        <source>Render Line Faster</source>
        <translation>Générer plus vite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1 is still %2 ms too long for its place, even sped up %3×.</source>
        <translation>La réplique %1 dépasse encore sa place de %2&#xa0;ms, même accélérée ×%3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1 is %2 ms too long for its place.</source>
        <translation>La réplique %1 dépasse sa place de %2&#xa0;ms.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1 fits only sped up %3×, which can sound processed.</source>
        <translation>La réplique %1 ne tient qu’accélérée ×%3, ce qui peut sonner artificiel.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speaking speed (now %1×):</source>
        <translation>Débit (actuellement ×%1)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected:</source>
        <translation>Résultat prévu&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost:</source>
        <translation>Coût&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No change at this speed.</source>
        <translation>Aucun changement à ce débit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>about %1 s of speech for %2 s of room: fits without speed-up.</source>
        <translation>environ %1&#xa0;s de parole pour %2&#xa0;s de place&#xa0;: tient sans accélération.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>about %1 s of speech for %2 s of room: fits with a %3× speed-up.</source>
        <translation>environ %1&#xa0;s de parole pour %2&#xa0;s de place&#xa0;: tient avec une accélération ×%3.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The voice can say it faster itself, which sounds natural, but the line is rendered and paid again.</source>
        <translation>La voix peut la dire plus vite elle-même, ce qui sonne naturel, mais la réplique est générée et payée à nouveau.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>about %1 s of speech for %2 s of room: still %4 ms too long.</source>
        <translation>environ %1&#xa0;s de parole pour %2&#xa0;s de place&#xa0;: encore %4&#xa0;ms de trop.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>free: already rendered at this speed</source>
        <translation>gratuit&#xa0;: déjà généré à ce débit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Render at %1×</source>
        <translation>Générer à ×%1</translation>
    </message>
</context>
<context>
    <name>SpendPrompt</name>
    <message>
        <location filename="../../studio/gui/money/spend_prompt.py" line="+23"/>
        <source>Not Enough Credits</source>
        <translation>Crédits insuffisants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This needs %1 but your account has %2 left, and usage-based billing is off. Nothing was sent and nothing was spent.

Render fewer lines (select them first), wait for your credits to reset, or top up on the provider&apos;s site.</source>
        <translation>Il faut %1, mais il reste %2 sur votre compte et la facturation à l’usage est désactivée. Rien n’a été envoyé ni dépensé.

Générez moins de répliques (sélectionnez-les d’abord), attendez le renouvellement de vos crédits, ou rechargez sur le site du fournisseur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Over Your Budget</source>
        <translation>Au-delà de votre budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This needs %1, more than your budget of %2 per job. Nothing was sent.

Render fewer lines, or raise the budget in Tools ▸ Budget per Job.</source>
        <translation>Il faut %1, plus que votre budget de %2 par travail. Rien n’a été envoyé.

Générez moins de répliques, ou augmentez le budget dans Outils ▸ Budget par travail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go Over Your Credits?</source>
        <translation>Dépasser vos crédits&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This needs %1 but your account has %2 left. Usage-based billing is on, so %3 would be billed as overage on top of your plan.

Go ahead and pay the overage?</source>
        <translation>Il faut %1, mais il reste %2 sur votre compte. La facturation à l’usage est activée&#xa0;: %3 seraient facturés en dépassement, en plus de votre offre.

Continuer et payer le dépassement&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Balance Unknown</source>
        <translation>Solde inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This needs %1, and your balance could not be read just now (see the account panel). Go ahead anyway?</source>
        <translation>Il faut %1, et votre solde n’a pas pu être lu à l’instant (voyez le panneau du compte). Continuer quand même&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Render %n line(s) for %2?

Balance now: %3
After this render: %4

Lines already rendered are not paid again.</source>
        <translation>
            <numerusform>Générer %n réplique pour %2&#xa0;?

Solde actuel&#xa0;: %3
Après ce rendu&#xa0;: %4

Les répliques déjà générées ne sont pas payées deux fois.</numerusform>
            <numerusform>Générer %n répliques pour %2&#xa0;?

Solde actuel&#xa0;: %3
Après ce rendu&#xa0;: %4

Les répliques déjà générées ne sont pas payées deux fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n other line(s) say the same as one of these and reuse its clip at no cost.</source>
        <translation>
            <numerusform>%n autre réplique dit la même chose que l’une de celles-ci et réutilise son clip sans frais.</numerusform>
            <numerusform>%n autres répliques disent la même chose que l’une de celles-ci et réutilisent son clip sans frais.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Go Ahead</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>SpendingPage</name>
    <message>
        <location filename="../../studio/gui/prefs/spending_page.py" line="+27"/>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As many as the plan allows</source>
        <translation>Autant que l’abonnement le permet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget per job:</source>
        <translation>Budget par travail&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most that one render or one voice preview may cost: a job over it is refused before anything is sent. ElevenLabs counts in credits, Narakeet in seconds of audio; the offline voice is free. A job over your balance, or whose balance cannot be read, is always asked about first.</source>
        <translation>Le plus qu’une génération ou une écoute de voix peut coûter&#xa0;: un travail qui le dépasse est refusé avant tout envoi. ElevenLabs compte en crédits, Narakeet en secondes d’audio&#xa0;; la voix hors ligne est gratuite. Un travail qui dépasse votre solde, ou dont le solde ne peut être lu, vous est toujours soumis d’abord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests at once:</source>
        <translation>Requêtes simultanées&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many lines render at the same time. A lower number leaves room for other apps using the same account; the plan&apos;s limit is never exceeded.</source>
        <translation>Combien de répliques sont générées en même temps. Un nombre plus bas laisse de la place aux autres applications qui utilisent le même compte&#xa0;; la limite de l’abonnement n’est jamais dépassée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spending</source>
        <translation>Dépenses</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <location filename="../../studio/gui/prefs/storage_page.py" line="+31"/>
        <source>Clip cache</source>
        <translation>Cache des clips</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clip cache is not open yet.</source>
        <translation>Le cache des clips n’est pas encore ouvert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Natural voices</source>
        <translation>Voix naturelles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the natural voices&apos; folder in the file manager</source>
        <translation>Afficher le dossier des voix naturelles dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Voices installed from the voice picker or the command line are kept here, apart from the cache: clearing the cache never removes a voice.</source>
        <translation>Les voix installées depuis le choix de voix ou en ligne de commande sont gardées ici, à part du cache&#xa0;: vider le cache ne supprime jamais une voix.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
</context>
<context>
    <name>StretchDialog</name>
    <message>
        <location filename="../../studio/gui/table/sync_dialogs.py" line="+20"/>
        <source>Stretch Between Two Lines</source>
        <translation>Étirer entre deux lignes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First sync line:</source>
        <translation>Première ligne de synchro&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second sync line:</source>
        <translation>Seconde ligne de synchro&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>should start at:</source>
        <translation>doit commencer à&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every line is moved and stretched in proportion, so that both lines start where you say: for subtitles made for another cut or frame rate.</source>
        <translation>Chaque ligne est déplacée et étirée en proportion, pour que les deux lignes commencent où vous le dites&#xa0;: pour des sous-titres faits pour un autre montage ou une autre cadence d’images.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a time: type it as 00:01:02,500.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un temps&#xa0;: tapez-le sous la forme 00:01:02,500.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose two lines that start at different times.</source>
        <translation>Choisissez deux lignes qui commencent à des temps différents.</translation>
    </message>
</context>
<context>
    <name>TimecodeDelegate</name>
    <message>
        <location filename="../../studio/gui/table/delegates.py" line="+107"/>
        <source>Type a time such as 00:01:02,500, then press Enter.</source>
        <translation>Tapez un temps comme 00:01:02,500, puis appuyez sur Entrée.</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <location filename="../../studio/gui/timeline/timeline_strip.py" line="+63"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out (−, or Ctrl+wheel)</source>
        <translation>Zoom arrière (−, ou Ctrl+molette)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in (+, or Ctrl+wheel)</source>
        <translation>Zoom avant (+, ou Ctrl+molette)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole film (0)</source>
        <translation>Afficher tout le film (0)</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>fits</source>
        <translation>tient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stretched</source>
        <translation>accélérée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overflows</source>
        <translation>déborde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pushed</source>
        <translation>décalée</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Line {line}: {start} → {end}</source>
        <translation>Réplique {line}&#xa0;: {start} → {end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No audio placed yet.</source>
        <translation>Aucun audio placé pour l’instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audio at {placed}, {clip} ms long (room: {slot} ms)</source>
        <translation>Audio à {placed}, durée {clip}&#xa0;ms (place&#xa0;: {slot}&#xa0;ms)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pushed {ms} ms later by the line before.</source>
        <translation>Décalée de {ms}&#xa0;ms par la réplique précédente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speed ×%1</source>
        <translation>Vitesse ×%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overflows its slot by {ms} ms: shorten the text, allow more speed, or let it overlap.</source>
        <translation>Déborde de sa place de {ms}&#xa0;ms&#xa0;: raccourcissez le texte, autorisez plus de vitesse, ou laissez-la chevaucher.</translation>
    </message>
</context>
<context>
    <name>TimingForm</name>
    <message>
        <location filename="../../studio/gui/dub/timing_form.py" line="+59"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let it overlap the next line</source>
        <translation>La laisser chevaucher la suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push the following lines later</source>
        <translation>Décaler les répliques suivantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normalise loudness to</source>
        <translation>Normaliser le volume à</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> LUFS</source>
        <translation> LUFS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speed up at most:</source>
        <translation>Accélérer au plus&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pitch is kept. Beyond about 1.3× speech starts to sound rushed.</source>
        <translation>La hauteur est conservée. Au-delà de ×1,3 environ, la parole semble précipitée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed change between neighbours at most:</source>
        <translation>Écart de vitesse entre répliques voisines au plus&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreads a speed-up over the lines around it, so the voice does not lurch from one line to the next.</source>
        <translation>Répartit une accélération sur les répliques voisines, pour que la voix ne change pas brusquement de rythme d’une réplique à l’autre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Borrow from the pause after:</source>
        <translation>Empiéter sur la pause suivante&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A line may run this far into the silence before the next one (50 ms are always left).</source>
        <translation>Une réplique peut empiéter jusque-là sur le silence qui précède la suivante (50&#xa0;ms sont toujours laissées).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A line that still does not fit:</source>
        <translation>Réplique qui ne tient toujours pas&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per line: right-click it in the table. Speech is never cut.</source>
        <translation>Réplique par réplique&#xa0;: clic droit dans le tableau. La parole n’est jamais coupée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exports:</source>
        <translation>Exports&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EBU R128: −16 suits the web, −23 is broadcast.</source>
        <translation>EBU R128&#xa0;: −16 convient au web, −23 à la diffusion.</translation>
    </message>
</context>
<context>
    <name>TimingPage</name>
    <message>
        <location filename="../../studio/gui/prefs/timing_page.py" line="+35"/>
        <source>Timing</source>
        <translation>Calage</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../studio/gui/money/totals_panel.py" line="+19"/>
        <source>This render</source>
        <translation>Ce rendu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Whole file:</source>
        <translation>Tout le fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Balance now:</source>
        <translation>Solde actuel&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After this render:</source>
        <translation>Après ce rendu&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n line(s) will not fit</source>
        <translation>
            <numerusform>%n réplique ne tiendra pas</numerusform>
            <numerusform>%n répliques ne tiendront pas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast from each voice&apos;s pace, before anything is paid: even stretched to the cap, these lines are too long for their place (lines %1). Shorten them or give them more time; the Fit column says why.</source>
        <translation>Prévision d’après le débit de chaque voix, avant toute dépense&#xa0;: même étirées au maximum, ces répliques sont trop longues pour leur place (répliques %1). Raccourcissez-les ou donnez-leur plus de temps&#xa0;; la colonne Calage dit pourquoi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every line should fit</source>
        <translation>Toutes les répliques devraient tenir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast from each voice&apos;s pace, before anything is paid.</source>
        <translation>Prévision d’après le débit de chaque voix, avant toute dépense.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lines with the same text, voice and settings are rendered once: the others reuse that clip and cost nothing more.</source>
        <translation>Les répliques de même texte, même voix et mêmes réglages sont générées une seule fois&#xa0;: les autres réutilisent ce clip et ne coûtent rien de plus.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The provider&apos;s price for %n line(s) is missing or implausible. They are counted at the most expensive plausible rate (1 credit per character), never as free.</source>
        <translation>
            <numerusform>Le prix annoncé par le fournisseur pour %n ligne est absent ou invraisemblable. Elle est comptée au tarif plausible le plus élevé (1 crédit par caractère), jamais comme gratuite.</numerusform>
            <numerusform>Le prix annoncé par le fournisseur pour %n lignes est absent ou invraisemblable. Elles sont comptées au tarif plausible le plus élevé (1 crédit par caractère), jamais comme gratuites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n different line(s) to render</source>
        <translation>
            <numerusform>%n réplique différente à générer</numerusform>
            <numerusform>%n répliques différentes à générer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n reuse a clip</source>
        <translation>
            <numerusform>&#xa0;; %n réutilise un clip</numerusform>
            <numerusform>&#xa0;; %n réutilisent un clip</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n line(s) to render</source>
        <translation>
            <numerusform>%n réplique à générer</numerusform>
            <numerusform>%n répliques à générer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n already rendered</source>
        <translation>
            <numerusform>, %n déjà générée</numerusform>
            <numerusform>, %n déjà générées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> — %n character(s) sent</source>
        <translation>
            <numerusform> — %n caractère envoyé</numerusform>
            <numerusform> — %n caractères envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Price unknown for %n line(s): counted at the highest rate.</source>
        <translation>
            <numerusform>Prix inconnu pour %n ligne&#xa0;: comptée au tarif le plus élevé.</numerusform>
            <numerusform>Prix inconnu pour %n lignes&#xa0;: comptées au tarif le plus élevé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>free (offline voice)</source>
        <translation>gratuit (hors ligne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The balance could not be read: see the account panel.</source>
        <translation>Impossible de lire le solde&#xa0;: voyez le panneau du compte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 short</source>
        <translation>%1 manquants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This render costs more than your balance: render fewer lines, wait for the reset, or top up.</source>
        <translation>Ce rendu coûte plus que votre solde&#xa0;: générez moins de répliques, attendez le renouvellement, ou rechargez.</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../studio/gui/onboarding/tour.py" line="+41"/>
        <source>Open an SRT file with %1, or drop it on the window. Each line appears in the table with what it will cost; edit the text there, and undo any change.</source>
        <translation>Ouvrez un fichier SRT avec %1, ou déposez-le sur la fenêtre. Chaque réplique apparaît dans le tableau avec ce qu’elle coûtera&#xa0;; modifiez-y le texte, et annulez n’importe quel changement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick who speaks with %1: listen to a voice before you choose it, for every line or only the selected ones. A voice that would take one of your account&apos;s voice slots says so first.</source>
        <translation>Choisissez qui parle avec %1&#xa0;: écoutez une voix avant de la choisir, pour toutes les répliques ou seulement la sélection. Une voix qui prendrait un des emplacements de voix de votre compte le signale d’abord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the audio with %1. The cost is shown before anything is spent, and a line already rendered is never paid for again. %2 plays the current line.</source>
        <translation>Générez l’audio avec %1. Le coût s’affiche avant toute dépense, et une réplique déjà générée n’est jamais payée deux fois. %2 fait écouter la réplique courante.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the voice track with %1 as WAV, MP3 or M4A. %2 puts it into a copy of your video. The timeline under the table shows which lines fit their time.</source>
        <translation>Écrivez la piste de voix avec %1 en WAV, MP3 ou M4A. %2 la met dans une copie de votre vidéo. La ligne temporelle sous le tableau montre les répliques qui tiennent dans leur temps.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. Load your subtitles</source>
        <translation>1. Chargez vos sous-titres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Choose the voices</source>
        <translation>2. Choisissez les voix</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3. Render and listen</source>
        <translation>3. Générez et écoutez</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>4. Export the dub</source>
        <translation>4. Exportez le doublage</translation>
    </message>
</context>
<context>
    <name>UsageDialog</name>
    <message>
        <location filename="../../studio/gui/money/usage_dialog.py" line="+36"/>
        <source>%1 usage</source>
        <translation>Consommation %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Credits used per day, %1 – %2</source>
        <translation>Crédits consommés par jour, %1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio time used per day, %1 – %2</source>
        <translation>Durée d’audio consommée par jour, %1 – %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 used since %2.</source>
        <translation>%1 consommés depuis le %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The usage could not be loaded because of an unexpected error; the details are in the log.</source>
        <translation>Impossible de charger la consommation à cause d’une erreur inattendue&#xa0;; les détails sont dans le journal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage unavailable</source>
        <translation>Consommation indisponible</translation>
    </message>
</context>
<context>
    <name>UsagePlot</name>
    <message>
        <location filename="../../studio/gui/money/usage_plot.py" line="+103"/>
        <location line="+30"/>
        <source>No usage data for this period.</source>
        <translation>Aucune donnée de consommation pour cette période.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing used in this period yet.</source>
        <translation>Rien de consommé sur cette période pour l’instant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading usage…</source>
        <translation>Chargement de la consommation…</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Credits per day</source>
        <translation>Crédits par jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audio time per day</source>
        <translation>Durée d’audio par jour</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Reset %1</source>
        <translation>Renouvellement %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>VideoActions</name>
    <message>
        <location filename="../../studio/gui/video/video_actions.py" line="+43"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Video</source>
        <translation>&amp;Vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the video pane: play a line where it lives (double-click it in the timeline)</source>
        <translation>Afficher le panneau vidéo&#xa0;: lire une réplique à sa place (double-clic dans la ligne temporelle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose &amp;Video…</source>
        <translation>Choisir la &amp;vidéo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video this dub is for (stored in the project)</source>
        <translation>La vidéo de ce doublage (enregistrée dans le projet)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Choose video</source>
        <translation>le choix de la vidéo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose the video</source>
        <translation>Choisir la vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos (*.mp4 *.mkv *.mov *.m4v *.avi *.webm);;All files (*)</source>
        <translation>Vidéos (*.mp4 *.mkv *.mov *.m4v *.avi *.webm);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>VideoPane</name>
    <message>
        <location filename="../../studio/gui/video/video_pane.py" line="+58"/>
        <source>No video chosen.
Choose one with “Dub video…” to judge each line where it lives.</source>
        <translation>Aucune vidéo choisie.
Choisissez-en une avec «&#xa0;Doubler la vidéo…&#xa0;» pour juger chaque réplique à sa place.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+210"/>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Play or pause from here</source>
        <translation>Lire ou mettre en pause à partir d’ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original sound</source>
        <translation>Son d’origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hear the video&apos;s own sound, lowered under the dub; off: the dub alone</source>
        <translation>Entendre le son propre de la vidéo, baissé sous le doublage&#xa0;; décoché&#xa0;: le doublage seul</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>{name} cannot be played here ({reason}); the export and the dubbed video are not affected.</source>
        <translation>Impossible de lire {name} ici ({reason})&#xa0;; l’export et la vidéo doublée ne sont pas concernés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{position} / {duration}</source>
        <translation>{position} / {duration}</translation>
    </message>
</context>
<context>
    <name>VoiceActions</name>
    <message>
        <location filename="../../studio/gui/voices/voice_actions.py" line="+68"/>
        <source>Choose &amp;Voice…</source>
        <translation>Choisir la &amp;voix…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find, preview and choose a voice for all or the selected lines</source>
        <translation>Chercher, écouter et choisir une voix pour toutes les répliques ou la sélection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign Voices by &amp;Speaker…</source>
        <translation>Voix par &amp;locuteur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give each speaker (NAME: labels, dialogue dashes) a voice</source>
        <translation>Donner une voix à chaque locuteur (NOM&#xa0;: en tête de réplique, tirets de dialogue)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model, stability, similarity, style and speed of the current line&apos;s voice (ElevenLabs)</source>
        <translation>Modèle, stabilité, similarité, style et vitesse de la voix de la réplique courante (ElevenLabs)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected lines&apos; own voice</source>
        <translation>Retirer la voix propre aux répliques sélectionnées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Voices</source>
        <translation>&amp;Voix</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Voices…</source>
        <translation>Voix…</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The %1 account is still opening: try again in a moment.</source>
        <translation>Le compte %1 est en cours d’ouverture&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add your %1 API key in Tools ▸ Accounts… to choose its voices.</source>
        <translation>Ajoutez votre clé API %1 dans Outils ▸ Comptes… pour choisir ses voix.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The voice provider is not ready yet: try again in a moment.</source>
        <translation>Le fournisseur de voix n’est pas encore prêt&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>“%1” now speaks 1 line.</source>
        <translation>«&#xa0;%1&#xa0;» dit maintenant 1 réplique.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“%1” now speaks %n lines.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» dit maintenant %n réplique.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» dit maintenant %n répliques.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Voices assigned by speaker to %n line(s).</source>
        <translation>
            <numerusform>Voix attribuées par locuteur à %n réplique.</numerusform>
            <numerusform>Voix attribuées par locuteur à %n répliques.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Every line already uses “%1”.</source>
        <translation>Toutes les répliques utilisent déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Voice Se&amp;ttings…</source>
        <translation>&amp;Réglages de la voix…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use &amp;Project Voice for Selected Lines</source>
        <translation>Voix du &amp;projet pour la sélection</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose voices (%1); the arrow shows more</source>
        <translation>Choisir les voix (%1)&#xa0;; la flèche en montre plus</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>“%1” now speaks every line.</source>
        <translation>«&#xa0;%1&#xa0;» dit maintenant toutes les répliques.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The voices are still being listed: try again in a moment.</source>
        <translation>Les voix sont encore en cours de chargement&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No speaker was given a voice: nothing changed.</source>
        <translation>Aucun locuteur n’a reçu de voix&#xa0;: rien n’a changé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Voice settings are for ElevenLabs voices.</source>
        <translation>Les réglages de voix sont réservés aux voix ElevenLabs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a voice first (Voices ▸ Choose Voice…).</source>
        <translation>Choisissez d’abord une voix (Voix ▸ Choisir la voix…).</translation>
    </message>
</context>
<context>
    <name>VoiceInstallBox</name>
    <message>
        <location filename="../../studio/gui/voices/voice_install_box.py" line="+35"/>
        <source>Cancel Download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Starting the download…</source>
        <translation>Début du téléchargement…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2 MB (%3 %)</source>
        <translation>%1 sur %2&#xa0;Mo (%3&#xa0;%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about %1 s left</source>
        <translation>environ %1&#xa0;s restantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 MB</source>
        <translation>%1&#xa0;Mo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>checksum verified</source>
        <translation>somme de contrôle vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no published checksum: size checked, sha256 recorded</source>
        <translation>pas de somme de contrôle publiée&#xa0;: taille vérifiée, sha256 enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed %1 (%2 MB, %3).</source>
        <translation>%1 installée (%2&#xa0;Mo, %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download cancelled: nothing was installed.</source>
        <translation>Téléchargement annulé&#xa0;: rien n’a été installé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The voice could not be downloaded (no network?). The built-in voice works offline; try again when you are connected.</source>
        <translation>La voix n’a pas pu être téléchargée (pas de réseau&#xa0;?). La voix intégrée fonctionne sans réseau&#xa0;; réessayez une fois connecté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The voice could not be installed: %1</source>
        <translation>La voix n’a pas pu être installée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>VoiceListModel</name>
    <message>
        <location filename="../../studio/gui/voices/voice_list_model.py" line="+34"/>
        <source>female</source>
        <translation>femme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>male</source>
        <translation>homme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>narrative story</source>
        <translation>narration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversational</source>
        <translation>conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>characters animation</source>
        <translation>personnages, animation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social media</source>
        <translation>réseaux sociaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entertainment tv</source>
        <translation>divertissement, télé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>advertisement</source>
        <translation>publicité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>informative educational</source>
        <translation>informatif, éducatif</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>in your voices</source>
        <translation>dans vos voix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default – no slot</source>
        <translation>par défaut – sans emplacement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no slot needed</source>
        <translation>sans emplacement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>takes 1 slot – none free</source>
        <translation>prend 1 emplacement – aucun de libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>takes 1 slot</source>
        <translation>prend 1 emplacement</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slot</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Using this voice adds it to My Voices and takes one of your custom voice slots. The app only adds it when you click Add to My Voices.</source>
        <translation>Utiliser cette voix l’ajoute à Mes voix et prend un de vos emplacements de voix personnalisées. L’application ne l’ajoute que si vous cliquez sur Ajouter à Mes voix.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voice slots: %1 of %2 used.</source>
        <translation>Emplacements de voix&#xa0;: %1 sur %2 pris.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Used in this file</source>
        <translation>Utilisée dans ce fichier</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+4"/>
        <source>in use</source>
        <translation>utilisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>library copy</source>
        <translation>copie de bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cloned</source>
        <translation>clonée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>generated</source>
        <translation>générée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>professional</source>
        <translation>professionnelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>price ×%1</source>
        <translation>prix ×%1</translation>
    </message>
</context>
<context>
    <name>VoicePickerDialog</name>
    <message>
        <location filename="../../studio/gui/voices/voice_picker.py" line="+75"/>
        <source>Voices – %1</source>
        <translation>Voix – %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;%1&lt;/b&gt; voices</source>
        <translation>Voix &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>My Voices</source>
        <translation>Mes voix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default voices</source>
        <translation>Voix par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice Library</source>
        <translation>Bibliothèque de voix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voices</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+249"/>
        <source>▶ Preview</source>
        <translation>▶ Écouter</translation>
    </message>
    <message>
        <location filename="../../studio/gui/voices/voice_picker_text.py" line="+56"/>
        <source>Play the voice&apos;s sample. Previews are free and never add the voice to My Voices.</source>
        <translation>Écouter l’échantillon de la voix. L’écoute est gratuite et n’ajoute jamais la voix à Mes voix.</translation>
    </message>
    <message>
        <location filename="../../studio/gui/voices/voice_picker.py" line="-245"/>
        <source>Add to My Voices…</source>
        <translation>Ajouter à Mes voix…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this Voice Library voice to My Voices: it takes one voice slot.</source>
        <translation>Ajouter cette voix de la Bibliothèque à Mes voix&#xa0;: elle prend un emplacement de voix.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library copies…</source>
        <translation>Copies de bibliothèque…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the Voice Library voices in My Voices and free a slot.</source>
        <translation>Voir les voix de la Bibliothèque présentes dans Mes voix et libérer un emplacement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use for all lines</source>
        <translation>Pour toutes les répliques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use for selected lines</source>
        <translation>Pour la sélection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Loading voices…</source>
        <translation>Chargement des voix…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Searching the Voice Library…</source>
        <translation>Recherche dans la Bibliothèque de voix…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No Voice Library voice matches these filters.</source>
        <translation>Aucune voix de la Bibliothèque ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No voice matches this language and name.</source>
        <translation>Aucune voix ne correspond à cette langue et à ce nom.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Paid plan required</source>
        <translation>Offre payante requise</translation>
    </message>
    <message>
        <location filename="../../studio/gui/voices/voice_picker_text.py" line="-18"/>
        <source>It takes 1 of your voice slots: %1 of %2 will be used.</source>
        <translation>Elle prend 1 de vos emplacements de voix&#xa0;: %1 sur %2 seront utilisés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It takes 1 of your voice slots.</source>
        <translation>Elle prend 1 de vos emplacements de voix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add “%1” to My Voices?</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» à Mes voix&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can remove it later to free the slot.</source>
        <translation>Vous pourrez la retirer plus tard pour libérer l’emplacement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its owner charges ×%1 the usual credits per character.</source>
        <translation>Son auteur facture ×%1 les crédits habituels par caractère.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a voice to hear its sample.</source>
        <translation>Sélectionnez une voix pour écouter son extrait.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No free preview: needs your account</source>
        <translation>Pas d’écoute gratuite&#xa0;: il faut votre compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narakeet publishes no samples: hearing a voice means rendering with your account, which uses your balance. Use it for one line, then play that line.</source>
        <translation>Narakeet ne publie pas d’extraits&#xa0;: écouter une voix, c’est générer avec votre compte, ce qui consomme votre solde. Utilisez-la pour une réplique, puis écoutez cette réplique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not installed yet</source>
        <translation>Pas encore installée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install this voice to hear it: it then speaks its own preview, free and offline.</source>
        <translation>Installez cette voix pour l’entendre&#xa0;: elle lit alors son propre aperçu, gratuitement et hors ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No preview for this voice</source>
        <translation>Pas d’extrait pour cette voix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider gives no sample of this voice: use it for one line, then play that line.</source>
        <translation>Le fournisseur ne donne pas d’extrait de cette voix&#xa0;: utilisez-la pour une réplique, puis écoutez cette réplique.</translation>
    </message>
    <message>
        <location filename="../../studio/gui/voices/voice_picker.py" line="+7"/>
        <source>Add to My Voices</source>
        <translation>Ajouter à Mes voix</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adding “%1” to My Voices…</source>
        <translation>Ajout de «&#xa0;%1&#xa0;» à Mes voix…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is now in My Voices.</source>
        <translation>«&#xa0;%1&#xa0;» est maintenant dans Mes voix.</translation>
    </message>
    <message>
        <location filename="../../studio/gui/voices/voice_picker_text.py" line="-50"/>
        <source>Voice Library voices cannot be used through the API on the free plan: pick one of your voices or a default voice, or upgrade your ElevenLabs plan.</source>
        <translation>Avec l’offre gratuite, les voix de la Bibliothèque ne sont pas utilisables par l’API&#xa0;: choisissez une de vos voix ou une voix par défaut, ou passez à une offre ElevenLabs payante.</translation>
    </message>
    <message>
        <location filename="../../studio/gui/voices/voice_picker.py" line="+39"/>
        <source>All your voice slots are used: remove a voice you no longer need first.</source>
        <translation>Tous vos emplacements de voix sont pris&#xa0;: retirez d’abord une voix dont vous n’avez plus besoin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Something went wrong; see the log.</source>
        <translation>Une erreur s’est produite&#xa0;; voyez le journal.</translation>
    </message>
    <message>
        <location filename="../../studio/gui/voices/voice_picker_text.py" line="+7"/>
        <source>Your ElevenLabs plan is free: Voice Library voices cannot be used through the API. Pick one of your voices or a default voice, or upgrade your plan.</source>
        <translation>Votre offre ElevenLabs est gratuite&#xa0;: les voix de la Bibliothèque ne sont pas utilisables par l’API. Choisissez une de vos voix ou une voix par défaut, ou changez d’offre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All your voice slots are used (%1 of %2): a Voice Library voice cannot be added until you remove one. See Library copies… to free a slot.</source>
        <translation>Tous vos emplacements de voix sont pris (%1 sur %2)&#xa0;: impossible d’ajouter une voix de la Bibliothèque avant d’en retirer une. Voyez Copies de bibliothèque… pour libérer un emplacement.</translation>
    </message>
    <message>
        <location filename="../../studio/gui/voices/voice_picker.py" line="+21"/>
        <source>■ Stop</source>
        <translation>■ Arrêter</translation>
    </message>
    <message>
        <location filename="../../studio/gui/voices/voice_picker_tabs.py" line="-110"/>
        <source>Set to the subtitles&apos; language (%1). Choose another to see more voices.</source>
        <translation>Réglé sur la langue des sous-titres (%1). Choisissez-en une autre pour voir plus de voix.</translation>
    </message>
</context>
<context>
    <name>VoiceSettingsDialog</name>
    <message>
        <location filename="../../studio/gui/voices/voice_settings_panel.py" line="+225"/>
        <source>Voice settings</source>
        <translation>Réglages de la voix</translation>
    </message>
</context>
<context>
    <name>VoiceSettingsPanel</name>
    <message>
        <location line="-131"/>
        <source>Settings for &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Réglages de &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice settings</source>
        <translation>Réglages de la voix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project model</source>
        <translation>Modèle du projet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom voice settings</source>
        <translation>Réglages personnalisés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: the voice speaks with the settings stored with it on ElevenLabs.</source>
        <translation>Décoché&#xa0;: la voix parle avec les réglages enregistrés chez ElevenLabs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speaker boost</source>
        <translation>Renforcement du locuteur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stability:</source>
        <translation>Stabilité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similarity:</source>
        <translation>Similarité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style:</source>
        <translation>Style&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed (0.7–1.2):</source>
        <translation>Vitesse (0,7–1,2)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the model or these settings makes new clips: every line spoken by this voice will be rendered, and paid for, again. The estimate shows the new cost before anything is sent.</source>
        <translation>Changer le modèle ou ces réglages crée de nouveaux clips&#xa0;: chaque réplique dite par cette voix sera générée, et payée, à nouveau. L’estimation montre le nouveau coût avant tout envoi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The model list could not be loaded; the project model is used.</source>
        <translation>Impossible de charger la liste des modèles&#xa0;; le modèle du projet est utilisé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project&apos;s model decides the cost.</source>
        <translation>Le modèle du projet fixe le coût.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 credit(s) per character</source>
        <translation>
            <numerusform>%1 crédit par caractère</numerusform>
            <numerusform>%1 crédits par caractère</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoicesPage</name>
    <message>
        <location filename="../../studio/gui/prefs/voices_page.py" line="+36"/>
        <source>Speak text in brackets</source>
        <translation>Dire le texte entre crochets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send neighbouring lines as context</source>
        <translation>Envoyer les répliques voisines en contexte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the next line automatically</source>
        <translation>Enchaîner sur la réplique suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice provider:</source>
        <translation>Fournisseur de voix&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The one a new file starts with; a project keeps its own. The voice itself is chosen in the Voices menu.</source>
        <translation>Celui d’un nouveau fichier&#xa0;; un projet garde le sien. La voix elle-même se choisit dans le menu Voix.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speech:</source>
        <translation>Parole&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[Notes] and (notes) are usually descriptions for the hearing impaired, not dialogue.</source>
        <translation>Les [notes] et (notes) décrivent d’ordinaire les sons pour les sourds et malentendants&#xa0;; ce n’est pas du dialogue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text normalisation (ElevenLabs):</source>
        <translation>Normalisation du texte (ElevenLabs)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers, dates and units spelled out before speaking. It changes the audio, not the price.</source>
        <translation>Nombres, dates et unités écrits en toutes lettres avant d’être dits. Cela change l’audio, pas le prix.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context (ElevenLabs):</source>
        <translation>Contexte (ElevenLabs)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines flow together better; a line&apos;s price and its cached clip do not change.</source>
        <translation>Les répliques s’enchaînent mieux&#xa0;; le prix d’une réplique et son clip en cache ne changent pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview:</source>
        <translation>Écoute&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voices</source>
        <translation>Voix</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../studio/gui/onboarding/welcome.py" line="+64"/>
        <source>Welcome to %1</source>
        <translation>Bienvenue dans %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+149"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dubbing Studio turns a subtitle file into a voice track. First, how should the voices be made?</source>
        <translation>Dubbing Studio transforme un fichier de sous-titres en piste de voix. D’abord, comment produire les voix&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Offline voice: no account, no credits, works without a network</source>
        <translation>Voix &amp;hors ligne&#xa0;: sans compte, sans crédits, sans réseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;ElevenLabs: natural voices, paid in credits (API key)</source>
        <translation>&amp;ElevenLabs&#xa0;: voix naturelles, facturé en crédits (clé API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Narakeet: many languages, paid in seconds of audio (API key)</source>
        <translation>&amp;Narakeet&#xa0;: nombreuses langues, facturé en secondes d’audio (clé API)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An API key is kept in your system keychain, never in a settings or project file. You can change it later in Tools ▸ Accounts.</source>
        <translation>Une clé API est conservée dans le trousseau du système, jamais dans les préférences ni dans un fichier de projet. Vous pourrez la changer plus tard dans Outils ▸ Comptes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The built-in voice (espeak-ng) sounds robotic but costs nothing: good for checking timing before spending credits. You can add an account at any time in Tools ▸ Accounts.</source>
        <translation>La voix intégrée (espeak-ng) sonne robotique mais ne coûte rien&#xa0;: idéale pour vérifier le calage avant de dépenser des crédits. Vous pouvez ajouter un compte à tout moment dans Outils ▸ Comptes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The sample will render with it.</source>
        <translation>L’exemple sera rendu avec elle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the &amp;Sample</source>
        <translation>Ouvrir l’&amp;exemple</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Your Own File…</source>
        <translation>Ouvrir &amp;votre fichier…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Try it</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sample is a short French scene: enough to see the costs, choose a voice, render and listen. With the offline voice it costs nothing.</source>
        <translation>L’exemple est une courte scène en français&#xa0;: de quoi voir les coûts, choisir une voix, générer et écouter. Avec la voix hors ligne, il ne coûte rien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next: a tour of the four steps, from subtitles to a dubbed track.</source>
        <translation>Ensuite&#xa0;: une visite des quatre étapes, des sous-titres à la piste doublée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;Me</source>
        <translation>&amp;Montrez-moi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point at it in the window</source>
        <translation>Le montrer dans la fenêtre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voices</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Render</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The key works until you quit, but it could not be stored (see above). Press Next to go on with it for now.</source>
        <translation>La clé fonctionne jusqu’à la fermeture, mais elle n’a pas pu être enregistrée (voir ci-dessus). Appuyez sur Suivant pour continuer avec elle pour l’instant.</translation>
    </message>
</context>
<context>
    <name>cue_edits</name>
    <message>
        <location filename="../../studio/gui/table/cue_edits.py" line="-75"/>
        <source>This subtitle has a single word: there is nothing to split.</source>
        <translation>Ce sous-titre n’a qu’un mot&#xa0;: rien à scinder.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set this subtitle&apos;s start and end times before splitting it.</source>
        <translation>Réglez le début et la fin de ce sous-titre avant de le scinder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put the cursor between two words of the text to split it there.</source>
        <translation>Placez le curseur entre deux mots du texte pour le scinder à cet endroit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select at least two consecutive subtitles to merge them.</source>
        <translation>Sélectionnez au moins deux sous-titres consécutifs pour les fusionner.</translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <location filename="../../studio/gui/shell/file_actions.py" line="+64"/>
        <source>%1 names no subtitle file: open the .srt file instead.</source>
        <translation>%1 ne désigne aucun fichier de sous-titres&#xa0;: ouvrez plutôt le fichier .srt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The voices in %1 were not used: %2</source>
        <translation>Les voix de %1 n’ont pas été utilisées&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 belongs to another subtitle file: its voices were not used.</source>
        <translation>%1 appartient à un autre fichier de sous-titres&#xa0;: ses voix n’ont pas été utilisées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voices from %1.</source>
        <translation>Voix reprises de %1.</translation>
    </message>
</context>
</TS>

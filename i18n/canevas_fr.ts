<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Canevas</name>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="381" />
      <source>  template: {count} deviation(s) over {t} cm ({pct} %), {allowed} allowed ({max} %)</source>
      <translation>  gabarit : {count} écart(s) supérieur(s) à {t} cm ({pct} %), {allowed} toléré(s) ({max} %)</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="48" />
      <source>% above</source>
      <translation>% au-dessus</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="199" />
      <source>'{word}' is not a GSI word (index, information, sign, data)</source>
      <translation>'{word}' n'est pas un mot GSI (index, information, signe, données)</translation>
    </message>
    <message>
      <location filename="../core/leveling/closures.py" line="55" />
      <source>2 mm per run: practice reported by the INSA Strasbourg 2013 study of the Rennes network (not a regulation)</source>
      <translation>2 mm par cheminement : pratique rapportée par l'étude INSA Strasbourg 2013 du canevas de Rennes (pas une réglementation)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="45" />
      <source>3D (X, Y and Z together, same precision)</source>
      <translation>3D (X, Y et Z ensemble, même précision)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="49" />
      <source>3D test</source>
      <translation>Test 3D</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="112" />
      <source>; REN09 used: {}</source>
      <translation> ; REN09 employé : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="112" />
      <source>A QGIS print layout template reading the fiche fields; empty: the plugin's own (resources/layouts/fiche_station.qpt or fiche_benchmark.qpt).</source>
      <translation>Modèle de mise en page QGIS lisant les champs de la fiche ; vide : celui de l'extension (resources/layouts/fiche_station.qpt ou fiche_benchmark.qpt).</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="40" />
      <source>A comma cannot be both the column separator and the decimal separator: choose the semicolon or tab separator.</source>
      <translation>La virgule ne peut pas être à la fois le séparateur de colonnes et le séparateur décimal : choisissez le point-virgule ou la tabulation comme séparateur.</translation>
    </message>
    <message>
      <location filename="../core/density/proposals.py" line="98" />
      <source>A cost must be a positive number of euros (or left empty); got {value}.</source>
      <translation>Un coût doit être un nombre positif d'euros (ou rester vide) ; reçu {value}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="34" />
      <source>A folder of DXF drawings, or the path of one DXF file (type or paste it). DWG files need LibreDWG (dwg2dxf) or ODA File Converter installed, otherwise save them as DXF first.</source>
      <translation>Un dossier de dessins DXF, ou le chemin d'un fichier DXF (à saisir ou coller). Les fichiers DWG demandent LibreDWG (dwg2dxf) ou ODA File Converter installé ; sinon, enregistrez-les d'abord en DXF.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/density.html" line="23" />
      <source>A place is covered when at least {m} usable benchmarks lie within {r:g} m: a surveyor can then tie a job onto {m} benchmarks with at most {l:g} km of leveling. Circles are drawn with {q} segments per quarter (exact to 0.01 % of a disc). Proposals are chosen on a lattice inside the study areas (by integer programming where it can be solved, otherwise greedily, then improved by removing and swapping marks) until each area is at least 99 % covered; each new benchmark is tied by leveling from its two nearest marks (distance × {d:g} for the streets).</source>
      <translation>Un lieu est couvert lorsqu'au moins {m} repères utilisables se trouvent à moins de {r:g} m : un géomètre peut alors rattacher un chantier à {m} repères avec au plus {l:g} km de nivellement. Les cercles sont tracés avec {q} segments par quart de cercle (précision de 0,01 % de l'aire d'un disque). Les propositions sont choisies sur une grille à l'intérieur des zones d'étude (par programmation linéaire en nombres entiers quand elle peut être résolue, sinon de proche en proche, puis améliorées en retirant et en échangeant des repères), jusqu'à ce que chaque zone soit couverte à au moins 99 % ; chaque nouveau repère est rattaché par nivellement à ses deux repères les plus proches (distance × {d:g} pour tenir compte des rues).</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="502" />
      <source>A point of {side} has an empty id: every point needs an id to be paired.</source>
      <translation>Un point de {side} a un identifiant vide : chaque point doit avoir un identifiant pour être apparié.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="83" />
      <source>A priori precision of each height difference: by distance (the usual model of spirit leveling), by number of set-ups, or equal.</source>
      <translation>Précision a priori de chaque dénivelée : selon la distance (le modèle habituel du nivellement direct), selon le nombre de stations de niveau, ou égale.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="85" />
      <source>A priori σ (mm/√km)</source>
      <translation>σ a priori (mm/√km)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_benchmarks.py" line="211" />
      <source>A radius of {value} m is beyond {most:g} km: no leveling ties onto a benchmark that far. Check the unit (metres) and give a radius from {least:g} to {most_m:g} m.</source>
      <translation>Un rayon de {value} m dépasse {most:g} km : aucun nivellement ne se rattache à un repère aussi lointain. Vérifiez l'unité (mètres) et donnez un rayon de {least:g} à {most_m:g} m.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="111" />
      <source>A register made by « Create a Canevas database »: the adjusted heights are written into the Z of its stations (matched by matricule) with a visit row per station giving σ, in one transaction: everything or nothing.</source>
      <translation>Un registre créé par « Créer une base de données Canevas » : les altitudes compensées sont écrites dans le Z de ses stations (appariées par matricule), avec une ligne de visite par station donnant σ, en une seule transaction : tout ou rien.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="332" />
      <source>A row could not be written to « {output} » ({error}): nothing is complete, run again to another file.</source>
      <translation>Une ligne n'a pas pu être écrite dans « {output} » ({error}) : rien n'est complet, relancez vers un autre fichier.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="164" />
      <source>A similarity needs at least 2 common points: not fitted.</source>
      <translation>Une similitude nécessite au moins 2 points communs : non ajustée.</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="249" />
      <source>A station has no matricule: give every station its matricule.</source>
      <translation>Une station n'a pas de matricule : attribuez son matricule à chaque station.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="56" />
      <source>A table of height differences, one row per section between two marks, e.g. the output of « Import a leveling field book » (run, from, to, dh_m, distance_m, setups).</source>
      <translation>Une table de dénivelées, une ligne par section entre deux repères, par exemple la sortie d'« Importer un carnet de nivellement » (run, from, to, dh_m, distance_m, setups).</translation>
    </message>
    <message>
      <location filename="../core/leveling/closures.py" line="42" />
      <source>A tolerance needs non-negative terms, at least one positive (constant, mm/√km or mm/√set-up).</source>
      <translation>Une tolérance demande des termes positifs ou nuls, dont au moins un positif (constante, mm/√km ou mm/√station).</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="111" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="97" />
      <source>Adjusted points</source>
      <translation>Points compensés</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/macros.html" line="21" />
      <source>All {count} ids</source>
      <translation>Les {count} identifiants</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="48" />
      <source>Allowed</source>
      <translation>Tolérés</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="76" />
      <source>Altitude (m)</source>
      <translation>Altitude (m)</translation>
    </message>
    <message>
      <location filename="../core/leveling/adjustment.py" line="265" />
      <source>An a priori σ of an observation is zero or not finite: check the distances and set-ups.</source>
      <translation>Le σ a priori d'une observation est nul ou n'est pas un nombre fini : vérifiez les distances et les nombres de stations de niveau.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/density.html" line="19" />
      <source>Area (km²)</source>
      <translation>Surface (km²)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="75" />
      <source>Area to map, in any CRS (it is reprojected to the chosen projection).</source>
      <translation>Zone à cartographier, dans un SCR quelconque (elle est reprojetée dans la projection choisie).</translation>
    </message>
    <message>
      <location filename="../core/fit.py" line="55" />
      <source>At least 2 common points are needed for a fit; {count} given.</source>
      <translation>Au moins 2 points communs sont nécessaires pour un ajustement ; {count} fourni(s).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="296" />
      <source>At least {bound} new benchmark(s) are needed whatever their places: the proposals are at most {extra} above the best.</source>
      <translation>Il faut au moins {bound} nouveau(x) repère(s), où qu'ils soient : la proposition en compte au plus {extra} de plus que la meilleure.</translation>
    </message>
    <message>
      <location filename="../core/dxf/report.py" line="46" />
      <source>Audit errors of the output</source>
      <translation>Erreurs de l'audit de la sortie</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/dxf.html" line="10" />
      <source>Batch summary</source>
      <translation>Résumé du lot</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="82" />
      <source>Bearing (gon)</source>
      <translation>Gisement (gon)</translation>
    </message>
    <message>
      <location filename="../core/density/checks.py" line="22" />
      <source>Benchmark coordinates must be pairs (x, y); got an array of shape {shape}.</source>
      <translation>Les coordonnées des repères doivent être des couples (x, y) ; tableau reçu de forme {shape}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="73" />
      <source>Benchmark height field (m)</source>
      <translation>Champ d'altitude des repères (m)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="70" />
      <source>Benchmark id field</source>
      <translation>Champ matricule des repères</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="76" />
      <source>Benchmark state field</source>
      <translation>Champ d'état des repères</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="80" />
      <source>Benchmark triplet field</source>
      <translation>Champ triplet des repères</translation>
    </message>
    <message>
      <location filename="../core/density/benchmarks.py" line="128" />
      <source>Benchmark {id} (row {row}) appears again: same id as row {kept_row} ({distance:.3f} m apart); counted once.</source>
      <translation>Le repère {id} (ligne {row}) apparaît à nouveau : même identifiant qu'à la ligne {kept_row} (à {distance:.3f} m) ; compté une seule fois.</translation>
    </message>
    <message>
      <location filename="../core/density/benchmarks.py" line="134" />
      <source>Benchmark {id} (row {row}) is at the same place as {kept_id} (row {kept_row}, {distance:.3f} m apart); counted once.</source>
      <translation>Le repère {id} (ligne {row}) est au même endroit que {kept_id} (ligne {kept_row}, à {distance:.3f} m) ; compté une seule fois.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="148" />
      <source>Benchmark {id} is held fixed although its state is « {state} », because the fixed expression selects it.</source>
      <translation>Le repère {id} est tenu fixe bien que son état soit « {state} », car l'expression des repères fixes le sélectionne.</translation>
    </message>
    <message>
      <location filename="../core/density/weak_spots.py" line="47" />
      <source>Benchmark {id} is isolated: {count} other usable benchmark(s) within {radius:g} m, {needed} needed to check it.</source>
      <translation>Le repère {id} est isolé : {count} autre(s) repère(s) utilisable(s) à moins de {radius:g} m, {needed} nécessaire(s) pour le contrôler.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="222" />
      <source>Benchmark {id} not held fixed: {reason}.</source>
      <translation>Repère {id} non tenu fixe : {reason}.</translation>
    </message>
    <message>
      <location filename="../core/reports/density.py" line="118" />
      <source>Benchmarks</source>
      <translation>Repères</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="145" />
      <source>Benchmarks added</source>
      <translation>Repères ajoutés</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="76" />
      <source>Benchmarks held fixed (expression)</source>
      <translation>Repères tenus fixes (expression)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="170" />
      <source>Benchmarks layer</source>
      <translation>Couche des repères</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" line="55" />
      <source>Benchmarks needed</source>
      <translation>Repères requis</translation>
    </message>
    <message>
      <location filename="../core/reports/density.py" line="121" />
      <source>Benchmarks needed within the radius</source>
      <translation>Repères requis dans le rayon</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="55" />
      <source>Benchmarks not held fixed:</source>
      <translation>Repères non tenus fixes :</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="68" />
      <source>Benchmarks of known height (points, or a table): the IGN benchmarks of the register, or any layer with an id and a height. Their plan position, when there is one, places the adjusted points.</source>
      <translation>Repères d'altitude connue (points ou table) : les repères IGN du registre, ou toute couche avec un matricule et une altitude. Leur position planimétrique, quand elle existe, place les points compensés.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="247" />
      <source>Benchmarks reprojected to {system}.</source>
      <translation>Repères reprojetés en {system}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="146" />
      <source>Benchmarks unchanged</source>
      <translation>Repères inchangés</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="145" />
      <source>Benchmarks updated</source>
      <translation>Repères mis à jour</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="136" />
      <source>Best class (cm)</source>
      <translation>Meilleure classe (cm)</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="44" />
      <source>Best class reached by these deviations: {cls:g} cm.</source>
      <translation>Meilleure classe atteinte par ces écarts : {cls:g} cm.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="8" />
      <source>Best class: {cls:g} cm</source>
      <translation>Meilleure classe : {cls:g} cm</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="173" />
      <source>Best datum shift for these points: {}.</source>
      <translation>Meilleur changement de référentiel pour ces points : {}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="170" />
      <source>Best-fit similarity REN09 → CC48: scale {ppm:+.1f} ppm (mm/km), rotation {rot:.5f} gon, RMS {rms:.3f} m over {n} point(s).</source>
      <translation>Similitude ajustée REN09 → CC48 : facteur d'échelle {ppm:+.1f} ppm (mm/km), rotation {rot:.5f} gon, EMQ {rms:.3f} m sur {n} point(s).</translation>
    </message>
    <message>
      <location filename="../core/reports/precision.py" line="154" />
      <source>Blue: within T; orange: over T; red: over 1.5·T. North up.</source>
      <translation>Bleu : inférieur à T ; orange : supérieur à T ; rouge : supérieur à 1,5·T. Nord en haut.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="202" />
      <source>Both layers are in {crs}: no transformation.</source>
      <translation>Les deux couches sont en {crs} : aucune transformation.</translation>
    </message>
    <message>
      <location filename="../core/fit.py" line="53" />
      <source>Both point sets must have the same number of points.</source>
      <translation>Les deux jeux de points doivent avoir le même nombre de points.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="50" />
      <source>By distance: σ = σ_km·√K</source>
      <translation>Selon la distance : σ = σ_km·√K</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="50" />
      <source>By set-ups: σ = σ_set-up·√n</source>
      <translation>Selon les stations de niveau : σ = σ_station·√n</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/cc48toren09.py" line="6" />
      <source>CC48 → REN09 (layer)</source>
      <translation>CC48 → REN09 (couche)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="296" />
      <source>CRS transformation</source>
      <translation>Transformation de SCR</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importlevelingbook.py" line="26" />
      <source>CSV with a header (from;to;dh;distance;setups;run;date)</source>
      <translation>CSV avec en-tête (from;to;dh;distance;setups;run;date)</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="158" />
      <source>Cancel the layer's edits and the values typed in the fiche</source>
      <translation>Annuler les modifications de la couche et les valeurs saisies dans la fiche</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="32" />
      <source>Cancelled.</source>
      <translation>Annulé.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="58" />
      <source>Cancelled: no fiche was written.</source>
      <translation>Annulé : aucune fiche n'a été écrite.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="42" />
      <source>Cancelled: no output was written.</source>
      <translation>Annulé : aucune sortie n’a été écrite.</translation>
    </message>
    <message>
      <location filename="../core/density/proposals.py" line="73" />
      <source>Cancelled: nothing was proposed.</source>
      <translation>Annulé : rien n’a été proposé.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="47" />
      <source>Cancelled: nothing was written in the database.</source>
      <translation>Annulé : rien n'a été écrit dans la base.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="49" />
      <source>Cancelled: the Canevas database was not created (an existing one is kept as it was).</source>
      <translation>Annulé : la base de données Canevas n'a pas été créée (une base existante est gardée telle quelle).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="360" />
      <source>Cancelled: the GeoPackage « {path} » was not created.</source>
      <translation>Annulé : le GeoPackage « {path} » n'a pas été créé.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/dxf.html" line="24" />
      <source>Cancelled: the files below were done before.</source>
      <translation>Annulé : les fichiers ci-dessous ont été traités avant.</translation>
    </message>
    <message>
      <location filename="../toolbelt/crs.py" line="252" />
      <source>Canevas</source>
      <translation>Canevas</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="130" />
      <source>Canevas database</source>
      <translation>Base de données Canevas</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="160" />
      <source>Canevas database (GeoPackage)</source>
      <translation>Base de données Canevas (GeoPackage)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="34" />
      <source>Canevas register</source>
      <translation>Registre du canevas</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="108" />
      <source>Canevas register to update</source>
      <translation>Registre Canevas à mettre à jour</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="281" />
      <source>Canevas stations: red triangle labelled with the matricule</source>
      <translation>Stations du canevas : triangle rouge étiqueté avec le matricule</translation>
    </message>
    <message>
      <location filename="../toolbelt/crs.py" line="242" />
      <source>Canevas updated the REN09 custom CRS of this profile ({names}): « {default} » is now REN09 as Rennes defined it, NTF with the standard 3-parameter shift −168, −60, 320 m (the study's definition), no longer the IGN grid; the grid variant is « {grid} ». Definitions no longer hold a file path, so files written in REN09 open on any machine. Data placed with the grid moves by about 0.6 m east and 2 m north against RGF93 data: check with « Check common points ».</source>
      <translation>Canevas a mis à jour les SCR personnalisés REN09 de ce profil ({names}) : « {default} » est désormais le REN09 tel que Rennes l'a défini, la NTF avec la translation standard à 3 paramètres −168, −60, 320 m (la définition de l'étude), et non plus la grille IGN ; la variante à la grille est « {grid} ». Les définitions ne contiennent plus de chemin de fichier : les fichiers écrits en REN09 s'ouvrent sur tout poste. Des données placées avec la grille se décalent d'environ 0,6 m vers l'est et 2 m vers le nord par rapport aux données RGF93 : vérifiez avec « Contrôler les points communs REN09 / CC48 ».</translation>
    </message>
    <message>
      <location filename="../processing_provider/provider.py" line="43" />
      <source>Canevas — control networks, REN09 ↔ CC48, leveling benchmarks</source>
      <translation>Canevas — canevas géodésiques, REN09 ↔ CC48, repères de nivellement</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="30" />
      <source>Check common points REN09 / CC48</source>
      <translation>Contrôler les points communs REN09 / CC48</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="81" />
      <source>Check distance (m)</source>
      <translation>Distance de contrôle (m)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="32" />
      <source>Check station matricules</source>
      <translation>Contrôler les matricules des stations</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="102" />
      <source>Choose the field « {parameter} » of « {layer} »: it is needed.</source>
      <translation>Choisissez le champ « {parameter} » de « {layer} » : il est nécessaire.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="228" />
      <source>Choose the id field of « {name} »: points are paired by id.</source>
      <translation>Choisissez le champ identifiant de « {name} » : les points sont appariés par identifiant.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="352" />
      <source>Class asked — {test}</source>
      <translation>Classe demandée — {test}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="135" />
      <source>Class tested (cm)</source>
      <translation>Classe testée (cm)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/precisionclass.py" line="32" />
      <source>Class tested (cm; 0 = find the best class)</source>
      <translation>Classe testée (cm ; 0 = chercher la meilleure classe)</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="8" />
      <source>Class {cls:g} cm</source>
      <translation>Classe {cls:g} cm</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/rasterprecisionclass.py" line="147" />
      <source>Class {cls:g} cm is refused: it is finer than the pixel size of « {name} » ({pixel:g} cm), and an image can never be of a class better than its pixel (art. 8). Test a class of at least {min:g} cm.</source>
      <translation>La classe {cls:g} cm est refusée : elle est plus fine que la taille de pixel de « {name} » ({pixel:g} cm), et une image ne peut jamais avoir une classe meilleure que son pixel (art. 8). Testez une classe d'au moins {min:g} cm.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="5" />
      <source>Closure (mm)</source>
      <translation>Fermeture (mm)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingclosures.py" line="57" />
      <source>Closure tolerance</source>
      <translation>Tolérance de fermeture</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingclosures.py" line="66" />
      <source>Closures</source>
      <translation>Fermetures</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingclosures.py" line="73" />
      <source>Closures over the tolerance</source>
      <translation>Fermetures hors tolérance</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="53" />
      <source>Column number (from 1) of X (east) or longitude.</source>
      <translation>Numéro de colonne (à partir de 1) de X (est) ou de la longitude.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="55" />
      <source>Column number (from 1) of Y (north) or latitude.</source>
      <translation>Numéro de colonne (à partir de 1) de Y (nord) ou de la latitude.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="56" />
      <source>Column number (from 1) of the height, checked to be a number and copied unchanged; 0 = none.</source>
      <translation>Numéro de colonne (à partir de 1) de l'altitude, dont on vérifie qu'elle est numérique et qui est recopiée telle quelle ; 0 = aucune.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="51" />
      <source>Column number (from 1) of the point id; 0 = none.</source>
      <translation>Numéro de colonne (à partir de 1) de l'identifiant du point ; 0 = aucune.</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="36" />
      <source>Column numbers start at 1: X and Y are required; 0 means 'none' for the id and Z.</source>
      <translation>Les numéros de colonne commencent à 1 : X et Y sont obligatoires ; 0 signifie « aucune » pour l'identifiant et Z.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="42" />
      <source>Column separator</source>
      <translation>Séparateur de colonnes</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="43" />
      <source>Comma ,</source>
      <translation>Virgule ,</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="49" />
      <source>Common points residuals</source>
      <translation>Résidus des points communs</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="75" />
      <source>Commune</source>
      <translation>Commune</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="33" />
      <source>Condition</source>
      <translation>Condition</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="29" />
      <source>Conditions at the best class, {cls:g} cm</source>
      <translation>Conditions pour la meilleure classe, {cls:g} cm</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="31" />
      <source>Conditions for class {cls:g} cm</source>
      <translation>Conditions pour la classe {cls:g} cm</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/benchmarkgaps.py" line="43" />
      <source>Consecutive usable benchmarks of a leveling line (matricule prefix, ordered by number) more than twice the radius apart, with the two matricules and the distance.</source>
      <translation>Repères utilisables consécutifs d'une ligne de nivellement (préfixe du matricule, triés par numéro) distants de plus de deux fois le rayon, avec les deux matricules et la distance.</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="114" />
      <source>Contractor</source>
      <translation>Prestataire</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/precisionclass.py" line="20" />
      <source>Control points</source>
      <translation>Points de contrôle</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="170" />
      <source>Control points (reference)</source>
      <translation>Points de contrôle (référence)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/controlsample.py" line="41" />
      <source>Control sample</source>
      <translation>Échantillon de contrôle</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/controlsample.py" line="24" />
      <source>Control sample of delivered stations</source>
      <translation>Échantillon de contrôle des stations livrées</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="156" />
      <source>Coordinate system of the register</source>
      <translation>Système de coordonnées du registre</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/dxf.html" line="40" />
      <source>Coordinate system written as</source>
      <translation>Système de coordonnées écrit sous forme de</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="190" />
      <source>Coordinates</source>
      <translation>Coordonnées</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="34" />
      <source>Coordinates are in {} whatever the layer's CRS</source>
      <translation>Coordonnées en {} quel que soit le SCR de la couche</translation>
    </message>
    <message>
      <location filename="../toolbelt/fiche.py" line="107" />
      <source>Coordinates not computed: {}</source>
      <translation>Coordonnées non calculées : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/precisionclass.py" line="26" />
      <source>Coordinates tested</source>
      <translation>Coordonnées testées</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="376" />
      <source>Correct or clear « {} » before choosing another point.</source>
      <translation>Corrigez ou videz « {} » avant de choisir un autre point.</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_editing.py" line="335" />
      <source>Correct or clear « {} » before saving.</source>
      <translation>Corrigez ou effacez « {} » avant d'enregistrer.</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_editing.py" line="177" />
      <source>Correct or clear « {} » before stopping the edit session.</source>
      <translation>Corrigez ou effacez « {} » avant d'arrêter l'édition.</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="253" />
      <source>Correct or clear « {} » before the fiche follows the current layer.</source>
      <translation>Corrigez ou effacez « {} » pour que la fiche suive la couche courante.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="154" />
      <source>Cost (€)</source>
      <translation>Coût (€)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="123" />
      <source>Cost of a day of leveling (€)</source>
      <translation>Coût d'une journée de nivellement (€)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="118" />
      <source>Cost of a new benchmark (€)</source>
      <translation>Coût d'un nouveau repère (€)</translation>
    </message>
    <message>
      <location filename="../core/reports/density.py" line="85" />
      <source>Cost per day of leveling</source>
      <translation>Coût par jour de nivellement</translation>
    </message>
    <message>
      <location filename="../core/reports/density.py" line="83" />
      <source>Cost per new benchmark</source>
      <translation>Coût par nouveau repère</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="306" />
      <source>Cost: {cost} € excluding tax ({count} × {per_benchmark} € per benchmark + {days} day(s) × {per_day} € per day).</source>
      <translation>Coût : {cost} € HT ({count} × {per_benchmark} € par repère + {days} jour(s) × {per_day} € par jour).</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="56" />
      <source>Count</source>
      <translation>Effectif</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" line="64" />
      <source>Count only triplet members, the benchmarks IGN keeps re-observing.</source>
      <translation>Ne compter que les membres de triplets, les repères que l'IGN continue de réobserver.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/density.html" line="19" />
      <source>Counted</source>
      <translation>Comptés</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="301" />
      <source>Country scale: the proposals start from a regular pattern over the gaps, checked by the exact study (the finer lattice would exceed the memory bound); expect about 12–14 % more new benchmarks than the lattice would place. Study smaller areas for the finer placement.</source>
      <translation>Échelle d'un pays : les propositions partent d'un motif régulier posé sur les zones à densifier, vérifié par l'étude exacte (le réseau plus fin dépasserait la limite de mémoire) ; attendez-vous à environ 12 à 14 % de nouveaux repères de plus que le réseau n'en placerait. Étudiez des zones plus petites pour un placement plus fin.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="151" />
      <source>Covered (%)</source>
      <translation>Couverture (%)</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/density.html" line="19" />
      <source>Covered after (%)</source>
      <translation>Couverture après (%)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="132" />
      <source>Covered zones</source>
      <translation>Zones couvertes</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/density.html" line="8" />
      <source>Covered: {pct:.1f} % of {area:.2f} km². To densify: {gap:.2f} km². Proposed: {count} new benchmark(s), {km:.1f} km of leveling, about {days:.1f} day(s).</source>
      <translation>Couverture : {pct:.1f} % de {area:.2f} km². À densifier : {gap:.2f} km². Proposition : {count} nouveau(x) repère(s), {km:.1f} km de nivellement, environ {days:.1f} jour(s).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="290" />
      <source>Covered: {pct} % of {area} km²; {count} new benchmark(s) proposed, {km} km of leveling, {days} day(s).</source>
      <translation>Couverture : {pct} % de {area} km² ; {count} nouveau(x) repère(s) proposé(s), {km} km de nivellement, {days} jour(s).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="149" />
      <source>Create a Canevas database</source>
      <translation>Créer une base de données Canevas</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="168" />
      <source>Created layers</source>
      <translation>Couches créées</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="380" />
      <source>Created layers: {}.</source>
      <translation>Couches créées : {}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="345" />
      <source>Creating the Canevas database « {path} » in {system}.</source>
      <translation>Création de la base de données Canevas « {path} » en {system}.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="47" />
      <source>Critical value of |w| (normal, two-sided, from α)</source>
      <translation>Valeur critique de |w| (loi normale, bilatérale, d'après α)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingclosures.py" line="33" />
      <source>Custom tolerance: constant (mm)</source>
      <translation>Tolérance personnalisée : constante (mm)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingclosures.py" line="34" />
      <source>Custom tolerance: mm per √km</source>
      <translation>Tolérance personnalisée : mm par √km</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingclosures.py" line="35" />
      <source>Custom tolerance: mm per √set-up</source>
      <translation>Tolérance personnalisée : mm par √station</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingclosures.py" line="32" />
      <source>Custom: the terms below (from the contract or the specification)</source>
      <translation>Personnalisée : les termes ci-dessous (du marché ou du cahier des charges)</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/dxf.html" line="41" />
      <source>DWG converter</source>
      <translation>Convertisseur DWG</translation>
    </message>
    <message>
      <location filename="../core/dxf/report.py" line="61" />
      <source>DXF transformation report</source>
      <translation>Rapport de transformation DXF</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="84" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importlevelingbook.py" line="52" />
      <source>Date of the job (YYYY-MM-DD)</source>
      <translation>Date du chantier (AAAA-MM-JJ)</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/density.html" line="19" />
      <source>Days</source>
      <translation>Jours</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="45" />
      <source>Decimal comma (47300,123)</source>
      <translation>Virgule décimale (47300,123)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="61" />
      <source>Decimals</source>
      <translation>Décimales</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="43" />
      <source>Decimals must be between 0 and 12.</source>
      <translation>Le nombre de décimales doit être compris entre 0 et 12.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="63" />
      <source>Decimals written for metres (3 = millimetre); degrees get 5 more (8 decimals ≈ 1 mm).</source>
      <translation>Nombre de décimales écrites pour les mètres (3 = millimètre) ; les degrés en reçoivent 5 de plus (8 décimales ≈ 1 mm).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="293" />
      <source>Default styles written in the layer_styles table.</source>
      <translation>Styles par défaut enregistrés dans la table layer_styles.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="115" />
      <source>Degrees of freedom</source>
      <translation>Degrés de liberté</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/controlsample.py" line="30" />
      <source>Delivered stations</source>
      <translation>Stations livrées</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="112" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importlevelingbook.py" line="25" />
      <source>Detect from the content</source>
      <translation>Détecter d'après le contenu</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="107" />
      <source>Determination date</source>
      <translation>Date de détermination</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="105" />
      <source>Determination method</source>
      <translation>Méthode de détermination</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="62" />
      <source>Deviation (mm)</source>
      <translation>Écart (mm)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="117" />
      <source>Deviations</source>
      <translation>Écarts</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="48" />
      <source>Deviations above</source>
      <translation>Écarts au-dessus</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="133" />
      <source>Deviations allowed over T</source>
      <translation>Écarts tolérés au-delà de T</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="600" />
      <source>Deviations from {lower:g} to {upper:g} mm</source>
      <translation>Écarts de {lower:g} à {upper:g} mm</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="134" />
      <source>Deviations over 1.5·T</source>
      <translation>Écarts supérieurs à 1,5·T</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="132" />
      <source>Deviations over T</source>
      <translation>Écarts supérieurs à T</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="598" />
      <source>Deviations over {lower:g} mm (largest {largest:.3f} m)</source>
      <translation>Écarts au-delà de {lower:g} mm (le plus grand : {largest:.3f} m)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="79" />
      <source>Digital elevation model</source>
      <translation>Modèle numérique de terrain (MNT)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/rasterprecisionclass.py" line="41" />
      <source>Digitised points</source>
      <translation>Points numérisés</translation>
    </message>
    <message>
      <location filename="../core/dxf/report.py" line="42" />
      <source>Dimensions whose measured value now reads differently (drawn text kept)</source>
      <translation>Cotes dont la valeur mesurée se lit maintenant autrement (texte dessiné conservé)</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="179" />
      <source>Dismiss</source>
      <translation>Écarter</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="80" />
      <source>Distance (m)</source>
      <translation>Distance (m)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="39" />
      <source>Distance field (m)</source>
      <translation>Champ de distance (m)</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" line="52" />
      <source>Distance within which a benchmark can be reached by leveling: 1000 m for the « densification minimale » of the 2013 study, 500 m for the « densification optimale ». At least 50 m: below, the study would need more memory than a workstation has.</source>
      <translation>Distance dans laquelle un repère peut être rejoint par nivellement : 1000 m pour la « densification minimale » de l’étude de 2013, 500 m pour la « densification optimale ». Au moins 50 m : en dessous, l’étude demanderait plus de mémoire qu’un poste de travail n’en a.</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="70" />
      <source>Domain</source>
      <translation>Domaine</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="60" />
      <source>Duplicated matricules</source>
      <translation>Matricules en double</translation>
    </message>
    <message>
      <location filename="../core/reports/density.py" line="126" />
      <source>Duplicates counted once</source>
      <translation>Doublons comptés une seule fois</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="249" />
      <source>Each percentage of the error template must be between 0 and 100; {value} given.</source>
      <translation>Chaque pourcentage du gabarit d'erreurs doit être compris entre 0 et 100 ; {value} fourni.</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="246" />
      <source>Each threshold of the error template must be a positive length; {value} given.</source>
      <translation>Chaque seuil du gabarit d'erreurs doit être une longueur positive ; {value} fourni.</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="154" />
      <source>Edit (start the layer's edit session)</source>
      <translation>Modifier (basculer la couche en mode édition)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importlevelingbook.py" line="54" />
      <source>Encoding</source>
      <translation>Encodage</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="57" />
      <source>Entities</source>
      <translation>Entités</translation>
    </message>
    <message>
      <location filename="../core/dxf/report.py" line="38" />
      <source>Entities carried whole by the local similarity</source>
      <translation>Entités transportées entières par la similitude locale</translation>
    </message>
    <message>
      <location filename="../core/dxf/report.py" line="40" />
      <source>Entities copied unchanged (not transformable)</source>
      <translation>Entités recopiées telles quelles (non transformables)</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/dxf.html" line="43" />
      <source>Entity type</source>
      <translation>Type d'entité</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="50" />
      <source>Equal weights</source>
      <translation>Poids égaux</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="109" />
      <source>Error template</source>
      <translation>Gabarit d'erreurs</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="110" />
      <source>Error template of the contract, tested in addition to the class: 'threshold in cm : maximum % of deviations above it', separated by ';', e.g. '5:10; 10:1; 15:0'.</source>
      <translation>Gabarit d'erreurs du marché, testé en plus de la classe : « seuil en cm : % maximal d'écarts au-dessus », séparés par « ; », par ex. « 5:10; 10:1; 15:0 ».</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="140" />
      <source>Error template passed</source>
      <translation>Gabarit d'erreurs respecté</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="53" />
      <source>Error template:</source>
      <translation>Gabarit d'erreurs :</translation>
    </message>
    <message>
      <location filename="../core/reports/density.py" line="93" />
      <source>Estimated cost: {cost} excluding tax ({count} new benchmark(s) × {per_benchmark} + {days:.1f} day(s) of leveling × {per_day}).</source>
      <translation>Coût estimé : {cost} HT ({count} nouveau(x) repère(s) × {per_benchmark} + {days:.1f} jour(s) de nivellement × {per_day}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="407" />
      <source>Every deviation is zero: the tested and control points hold the same coordinates (a copy of one layer?). A class is only meaningful against independent control measurements: check the control layer.</source>
      <translation>Tous les écarts sont nuls : les points testés et de contrôle ont les mêmes coordonnées (copie d'une même couche ?). Une classe n'a de sens que face à des mesures de contrôle indépendantes : vérifiez la couche de contrôle.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/matricules.html" line="11" />
      <source>Every matricule lies in a range.</source>
      <translation>Tous les matricules sont dans une plage.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/dxf.html" line="22" />
      <source>Every point (vertices, insertion and definition points, text positions, hatch boundaries, view centres, UCS origins) is transformed by the exact operation. Sizes and directions (radii, angles, text heights, block rotations and scales, hatch patterns) follow the local similarity of the operation at each entity; the deviation is the largest distance between the shape so carried and the exact transformation of points sampled on it. Block definitions are never exploded; paper space is kept; dimension texts are kept as drawn.</source>
      <translation>Chaque point (sommets, points d'insertion et de définition, positions des textes, contours des hachures, centres de vue, origines des SCU) est transformé par l'opération exacte. Tailles et directions (rayons, angles, hauteurs de texte, rotations et échelles des blocs, motifs de hachures) suivent la similitude locale de l'opération en chaque entité ; l'écart est la plus grande distance entre la forme ainsi transportée et la transformation exacte de points pris sur elle. Les définitions de blocs ne sont jamais décomposées ; l'espace papier est conservé ; les textes des cotes sont gardés tels que dessinés.</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="557" />
      <source>Every point of the control sample needs X and Y coordinates.</source>
      <translation>Chaque point de l'échantillon de contrôle doit avoir des coordonnées X et Y.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/dxf.html" line="33" />
      <source>Every shape within the tolerance, audit without errors.</source>
      <translation>Toutes les formes dans la tolérance, audit sans erreur.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="93" />
      <source>Export fiches signalétiques (PDF)</source>
      <translation>Exporter les fiches signalétiques (PDF)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="78" />
      <source>Expression on the benchmarks choosing those held fixed, e.g. "nom" IN ('M.AC - 12', 'M.AC - 13'). Empty: every benchmark with a height and a usable state. A benchmark this expression selects is held even in an unusable state (a warning says so).</source>
      <translation>Expression sur les repères choisissant ceux tenus fixes, par exemple "nom" IN ('M.AC - 12', 'M.AC - 13'). Vide : tout repère ayant une altitude et un état utilisable. Un repère que cette expression sélectionne est tenu même dans un état inutilisable (un avertissement le dit).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="74" />
      <source>Extent</source>
      <translation>Emprise</translation>
    </message>
    <message>
      <location filename="../core/dxf/report.py" line="44" />
      <source>External references (xrefs)</source>
      <translation>Références externes (xrefs)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="226" />
      <source>FAILED</source>
      <translation>NON CONFORME</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="57" />
      <source>Failed files</source>
      <translation>Fichiers en échec</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/dxf.html" line="30" />
      <source>Failed:</source>
      <translation>Échec :</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="83" />
      <source>Feature {fid} of « {name} » cannot be transformed ({error}): it lies outside the area of the REN09 transformation. Check the source system.</source>
      <translation>L'entité {fid} de « {name} » ne peut pas être transformée ({error}) : elle est hors de la zone de validité de la transformation REN09. Vérifiez le système source.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="237" />
      <source>Feature {fid} of « {name} » has an empty id: every point needs an id to be paired. Fill it in or remove the point.</source>
      <translation>L'entité {fid} de « {name} » a un identifiant vide : chaque point doit avoir un identifiant pour être apparié. Renseignez-le ou supprimez le point.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="50" />
      <source>Feature {fid} of « {name} » lies {km:.1f} km from Rennes town hall in REN09, outside the area of use of REN09 (Rennes Métropole and {margin:.0f} km around it): check its coordinates and their system.</source>
      <translation>L'entité {fid} de « {name} » est à {km:.1f} km de l'hôtel de ville de Rennes en REN09, hors de la zone d'emploi du REN09 (Rennes Métropole et {margin:.0f} km autour) : vérifiez ses coordonnées et leur système.</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="109" />
      <source>Fiche canevas</source>
      <translation>Fiche canevas</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_editing.py" line="272" />
      <source>Fiche canevas: {}</source>
      <translation>Fiche canevas : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importlevelingbook.py" line="41" />
      <source>Field book</source>
      <translation>Carnet de nivellement</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importlevelingbook.py" line="42" />
      <source>Field books (*.gsi *.dat *.txt *.csv);;All files (*.*)</source>
      <translation>Carnets de nivellement (*.gsi *.dat *.txt *.csv);;Tous les fichiers (*.*)</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" line="80" />
      <source>Field holding the matricule (IGN: nom). Benchmarks with the same matricule or position count once.</source>
      <translation>Champ contenant le matricule (IGN : nom). Les repères de même matricule ou de même position ne sont comptés qu'une fois.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" line="84" />
      <source>Field holding the state of the benchmark (IGN: etat). Empty: every benchmark is usable.</source>
      <translation>Champ contenant l'état du repère (IGN : etat). Vide : tous les repères sont utilisables.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="44" />
      <source>Field holding the station matricule (a prefix and a number, e.g. R00123); empty: « matricule ».</source>
      <translation>Champ contenant le matricule de la station (un préfixe et un numéro, par ex. R00123) ; vide : « matricule ».</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/rasterprecisionclass.py" line="39" />
      <source>Field identifying the control details, matched with the id of the digitised points.</source>
      <translation>Champ identifiant les détails de contrôle, apparié avec l'identifiant des points numérisés.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/precisionclass.py" line="23" />
      <source>Field identifying the control points, matched with the id of the supplied points.</source>
      <translation>Champ identifiant les points de contrôle, apparié avec l'identifiant des points fournis.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/rasterprecisionclass.py" line="44" />
      <source>Field identifying the digitised points; they are paired with the control points having the same id.</source>
      <translation>Champ identifiant les points numérisés ; ils sont appariés avec les points de contrôle de même identifiant.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="42" />
      <source>Field identifying the points; ids are matched between the two systems.</source>
      <translation>Champ identifiant les points ; les identifiants sont appariés entre les deux systèmes.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/precisionclass.py" line="16" />
      <source>Field identifying the supplied points; they are paired with the control points having the same id.</source>
      <translation>Champ identifiant les points fournis ; ils sont appariés avec les points de contrôle de même identifiant.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" line="92" />
      <source>Field listing the other members of the benchmark's triplet (IGN: freres_info); non-empty = triplet member.</source>
      <translation>Champ listant les autres membres du triplet du repère (IGN : freres_info) ; non vide = membre d'un triplet.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="112" />
      <source>Field naming each study area in the statistics (e.g. the commune name).</source>
      <translation>Champ donnant le nom de chaque zone d'étude dans les statistiques (par ex. le nom de la commune).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="223" />
      <source>Fields absent from « {name} », left empty on new benchmarks and unchanged on existing ones: {fields}.</source>
      <translation>Champs absents de « {name} », laissés vides pour les nouveaux repères et inchangés pour les repères existants : {fields}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="72" />
      <source>File to write, in the same format as the input; written only when the whole job succeeded.</source>
      <translation>Fichier à écrire, au même format que l'entrée ; écrit uniquement si tout le traitement a réussi.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="57" />
      <source>Files</source>
      <translation>Fichiers</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="107" />
      <source>Filter expression</source>
      <translation>Expression de filtre</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/matricules.html" line="16" />
      <source>First</source>
      <translation>Premier</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="48" />
      <source>First line is a header</source>
      <translation>La première ligne est un en-tête</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="64" />
      <source>Fixed</source>
      <translation>Fixe</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="40" />
      <source>Fixed benchmarks</source>
      <translation>Repères fixes</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="58" />
      <source>Flag</source>
      <translation>Signal</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="32" />
      <source>Folder of drawings, or one DXF file</source>
      <translation>Dossier de dessins, ou un fichier DXF</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="50" />
      <source>Folder receiving the transformed drawings with the same names; never the input folder nor a folder inside it.</source>
      <translation>Dossier qui reçoit les dessins transformés sous les mêmes noms ; jamais le dossier d'entrée ni un dossier à l'intérieur.</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="180" />
      <source>Forget these typed values (copy them first if you need them)</source>
      <translation>Oublier ces valeurs saisies (copiez-les d'abord si vous en avez besoin)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importlevelingbook.py" line="44" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="82" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="34" />
      <source>From field</source>
      <translation>Champ du point de départ</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="265" />
      <source>GDAL cannot open the new GeoPackage « {path} ».</source>
      <translation>GDAL ne parvient pas à ouvrir le nouveau GeoPackage « {path} ».</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importlevelingbook.py" line="53" />
      <source>GSI and M5 files carry no year: the date written on every row without one.</source>
      <translation>Les fichiers GSI et M5 ne portent pas l'année : la date écrite sur chaque ligne qui n'en a pas.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importlevelingbook.py" line="46" />
      <source>GSI lines are made of words such as 110001+…, M5 lines start with « For M5 », a CSV names its columns in a header.</source>
      <translation>Les lignes GSI sont faites de mots comme 110001+…, les lignes M5 commencent par « For M5 », un CSV nomme ses colonnes dans un en-tête.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="151" />
      <source>Gap area (m²)</source>
      <translation>Surface à densifier (m²)</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/matricules.html" line="16" />
      <source>Gaps</source>
      <translation>Lacunes</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/benchmarkgaps.py" line="41" />
      <source>Gaps along leveling lines</source>
      <translation>Lacunes le long des lignes de nivellement</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/density.html" line="24" />
      <source>Generated on {} by Canevas (QGIS).</source>
      <translation>Généré le {} par Canevas (QGIS).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="161" />
      <source>GeoPackage (*.gpkg *.GPKG)</source>
      <translation>GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="89" />
      <source>GeoTIFF grid of the linear alteration in mm/km, in the chosen projection.</source>
      <translation>Grille GeoTIFF de l'altération linéaire en mm/km, dans la projection choisie.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="83" />
      <source>Geoid undulation (m)</source>
      <translation>Ondulation du géoïde (m)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="62" />
      <source>Give both the X and the Y field of the {side} points, or neither to use the geometry.</source>
      <translation>Indiquez à la fois le champ X et le champ Y des points {side}, ou aucun des deux pour utiliser la géométrie.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="343" />
      <source>Give the path of the GeoPackage to create.</source>
      <translation>Indiquez le chemin du GeoPackage à créer.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="46" />
      <source>Global test (two-sided, α)</source>
      <translation>Test global (bilatéral, α)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="120" />
      <source>Global χ² test passed</source>
      <translation>Test global du χ² réussi</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="76" />
      <source>Grid spacing (m)</source>
      <translation>Pas de la grille (m)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="56" />
      <source>HTML files (*.html *.htm)</source>
      <translation>Fichiers HTML (*.html *.htm)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="123" />
      <source>HTML files (*.html)</source>
      <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="122" />
      <source>HTML report</source>
      <translation>Rapport HTML</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="55" />
      <source>HTML report: batch summary, then per file the entity counts in and out, the largest deviation from the exact operation, what was reported, copied or failed, the xrefs.</source>
      <translation>Rapport HTML : résumé du lot puis, par fichier, le nombre d'entités en entrée et en sortie, le plus grand écart à l'opération exacte, ce qui a été signalé, recopié ou a échoué, les xrefs.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/matricules.html" line="16" />
      <source>Handed out</source>
      <translation>Date d'attribution</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="44" />
      <source>Height (Z)</source>
      <translation>Altimétrie (Z)</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="64" />
      <source>Height (m)</source>
      <translation>Altitude (m)</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="440" />
      <source>Height IGN69</source>
      <translation>Altitude IGN69</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="161" />
      <source>Height IGN69 (m)</source>
      <translation>Altitude IGN69 (m)</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="109" />
      <source>Height class (cm)</source>
      <translation>Classe altimétrique (cm)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/precisionclass.py" line="35" />
      <source>Height class tested (cm; 0 = find the best class)</source>
      <translation>Classe testée en altitude (cm ; 0 = chercher la meilleure classe)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="37" />
      <source>Height difference field (m)</source>
      <translation>Champ de dénivelée (m)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="85" />
      <source>Height of the geoid above the ellipsoid of the chosen projection, added to the DEM altitudes: around Rennes about 50 m above GRS80 (CC48, Lambert-93) but only about 4 m above Clarke 1880 IGN (REN09). Required with a DEM, ignored without.</source>
      <translation>Hauteur du géoïde au-dessus de l'ellipsoïde de la projection choisie, ajoutée aux altitudes du MNT : autour de Rennes, environ 50 m au-dessus du GRS80 (CC48, Lambert-93) mais seulement environ 4 m au-dessus du Clarke 1880 IGN (REN09). Obligatoire avec un MNT, ignorée sans.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="146" />
      <source>Height reduction from « {dem} » with a geoid undulation of {n} m above {ellipsoid}.</source>
      <translation>Réduction à l'ellipsoïde d'après « {dem} » avec une ondulation du géoïde de {n} m au-dessus de {ellipsoid}.</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="77" />
      <source>Height system</source>
      <translation>Système d'altitude</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="49" />
      <source>Height test</source>
      <translation>Test altimétrique</translation>
    </message>
    <message>
      <location filename="../core/reports/precision.py" line="168" />
      <source>Height translation of the supplied points: dZ = {tz:+.4f} m.</source>
      <translation>Translation altimétrique des points fournis : dZ = {tz:+.4f} m.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="349" />
      <source>Height {height:.4f} m NGF-IGN69, σ {sigma:.1f} mm, from a least-squares leveling adjustment (fixed: {fixed}; σ0 {sigma0}); previous Z {previous}.</source>
      <translation>Altitude {height:.4f} m NGF-IGN69, σ {sigma:.1f} mm, issue d'une compensation de nivellement par les moindres carrés (fixes : {fixed} ; σ0 {sigma0}) ; Z précédent {previous}.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="63" />
      <source>Heights (NGF-IGN69)</source>
      <translation>Altitudes (NGF-IGN69)</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="55" />
      <source>Histogram of the deviations (10 mm bins)</source>
      <translation>Histogramme des écarts (classes de 10 mm)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="44" />
      <source>How columns are separated. « Spaces » accepts any run of spaces or tabs and writes one space.</source>
      <translation>Séparation des colonnes. « Espaces » accepte toute suite d'espaces ou de tabulations et écrit une seule espace.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" line="58" />
      <source>How many usable benchmarks must lie within the radius: 2, so that a survey ties onto two benchmarks and a moved one shows.</source>
      <translation>Nombre de repères utilisables requis dans le rayon : 2, pour qu'un levé soit rattaché à deux repères et qu'un repère déplacé soit décelé.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="106" />
      <source>How much more precise the control measurements are than the class tested; at least 2 (arrêté, art. 3). The thresholds are multiplied by f = 1 + 1/(2C²).</source>
      <translation>Facteur de précision des mesures de contrôle par rapport à la classe testée ; au moins 2 (arrêté, art. 3). Les seuils sont multipliés par f = 1 + 1/(2C²).</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="168" />
      <source>How the fiche keeps what you type</source>
      <translation>Comment la fiche garde ce que vous saisissez</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="125" />
      <source>IGN benchmarks</source>
      <translation>Repères IGN</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="92" />
      <source>IGN fiche (PDF)</source>
      <translation>Fiche signalétique IGN (PDF)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="127" />
      <source>IGN leveling benchmarks with the field names of the Géoplateforme layer GEODESIE:data_geod (nom, domaine, etat, cp1_coord3…): a GeoJSON or GeoPackage download or the WFS layer, in any CRS. Rows without geometry use cg1_coord1 / cg1_coord2 (RGF93 lon/lat). Never modified.</source>
      <translation>Repères de nivellement IGN avec les noms de champs de la couche GEODESIE:data_geod de la Géoplateforme (nom, domaine, etat, cp1_coord3…) : un téléchargement GeoJSON ou GeoPackage ou la couche WFS, dans un SCR quelconque. Les lignes sans géométrie utilisent cg1_coord1 / cg1_coord2 (lon/lat RGF93). Jamais modifiée.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="292" />
      <source>IGN leveling benchmarks: blue circle coloured by state</source>
      <translation>Repères de nivellement IGN : cercle bleu coloré selon l'état</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="78" />
      <source>IGN state of the benchmark (etat): destroyed, not found, presumed moved or bad-state benchmarks are not held fixed unless the fixed expression names them. Empty: every benchmark is usable.</source>
      <translation>État IGN du repère (etat) : les repères détruits, non retrouvés, présumés déplacés ou en mauvais état ne sont pas tenus fixes sauf si l'expression des repères fixes les nomme. Vide : tout repère est utilisable.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" line="48" />
      <source>IGN-like benchmark points (e.g. the WFS layer GEODESIE:data_geod filtered on domaine = 'nivf'), in any CRS.</source>
      <translation>Points de repères au format IGN (par ex. la couche WFS GEODESIE:data_geod filtrée sur domaine = 'nivf'), dans un SCR quelconque.</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="74" />
      <source>INSEE code</source>
      <translation>Code INSEE</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="62" />
      <source>Id</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="36" />
      <source>Id (matricule) of the point the height difference ends on.</source>
      <translation>Matricule du point d'arrivée de la dénivelée.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="35" />
      <source>Id (matricule) of the point the height difference starts from.</source>
      <translation>Matricule du point de départ de la dénivelée.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="51" />
      <source>Id column</source>
      <translation>Colonne de l'identifiant</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="185" />
      <source>Identity</source>
      <translation>Identification</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importlevelingbook.py" line="50" />
      <source>Ids of the turning points (points de changement) the level numbers itself: a section ends on the first other point. Default: digits only. Empty: every point ends a section.</source>
      <translation>Identifiants des points de changement numérotés par le niveau lui-même : un tronçon se termine sur le premier autre point. Par défaut : chiffres seuls. Vide : chaque point termine un tronçon.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="146" />
      <source>Ids only in the control layer</source>
      <translation>Identifiants présents uniquement dans la couche de contrôle</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="145" />
      <source>Ids only in the {} layer</source>
      <translation>Identifiants présents uniquement dans la couche {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="142" />
      <source>Ids set aside for a missing coordinate</source>
      <translation>Identifiants écartés faute d'une coordonnée</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/rasterprecisionclass.py" line="113" />
      <source>Image</source>
      <translation>Image</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/rasterprecisionclass.py" line="46" />
      <source>Image (orthophoto, PCRS)</source>
      <translation>Image (orthophotographie, PCRS)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="119" />
      <source>Import IGN leveling benchmarks</source>
      <translation>Importer les repères de nivellement IGN</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importlevelingbook.py" line="35" />
      <source>Import a leveling field book</source>
      <translation>Importer un carnet de nivellement</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/dxf.html" line="43" />
      <source>In</source>
      <translation>Entrée</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="36" />
      <source>Include sub-folders</source>
      <translation>Inclure les sous-dossiers</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/benchmarkgaps.py" line="45" />
      <source>Incomplete or unusable triplets</source>
      <translation>Triplets incomplets ou inutilisables</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="30" />
      <source>Input layer</source>
      <translation>Couche en entrée</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="18" />
      <source>Inputs</source>
      <translation>Données d'entrée</translation>
    </message>
    <message>
      <location filename="../core/shapely_support.py" line="19" />
      <source>Install shapely 2 built for the GEOS library of your QGIS, then restart QGIS: on Debian 13 or later `apt install python3-shapely`; on Debian 12 `apt install libgeos-dev python3-pip python3-dev build-essential` then `pip install --user --break-system-packages --no-binary shapely "shapely&gt;=2.1.1,&lt;2.2" "numpy&lt;2"` (builds shapely against the system GEOS; see the README); on Windows (OSGeo4W) shapely comes with QGIS' Python.</source>
      <translation>Installez shapely 2 compilé pour la bibliothèque GEOS de votre QGIS, puis redémarrez QGIS : sous Debian 13 ou plus récent `apt install python3-shapely` ; sous Debian 12 `apt install libgeos-dev python3-pip python3-dev build-essential` puis `pip install --user --break-system-packages --no-binary shapely "shapely&gt;=2.1.1,&lt;2.2" "numpy&lt;2"` (compile shapely avec le GEOS du système ; voir le README) ; sous Windows (OSGeo4W), shapely est fourni avec le Python de QGIS.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="64" />
      <source>Internal mode: most favourable rigid transformation</source>
      <translation>Mode interne : transformation rigide la plus favorable</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="47" />
      <source>Internal: deviations after the most favourable translation and rotation</source>
      <translation>Interne : écarts après la translation et la rotation les plus favorables</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/benchmarkgaps.py" line="37" />
      <source>Isolated benchmarks</source>
      <translation>Repères isolés</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="5" />
      <source>K (km)</source>
      <translation>K (km)</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="85" />
      <source>Kilometre point</source>
      <translation>Point kilométrique</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="117" />
      <source>Kilometres of direct leveling a team does in a day (about 6 km, 2013 study).</source>
      <translation>Kilomètres de nivellement direct réalisés par une équipe en une journée (environ 6 km, étude de 2013).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="75" />
      <source>Known height NGF-IGN69 in metres (IGN: cp1_coord3). Empty: the Z of the point geometry.</source>
      <translation>Altitude connue NGF-IGN69 en mètres (IGN : cp1_coord3). Vide : le Z de la géométrie du point.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingclosures.py" line="74" />
      <source>Largest closure (mm)</source>
      <translation>Plus grande fermeture (mm)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="58" />
      <source>Largest deviation (mm)</source>
      <translation>Plus grand écart (mm)</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/dxf.html" line="18" />
      <source>Largest deviation from the exact operation (mm)</source>
      <translation>Plus grand écart à l'opération exacte (mm)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="117" />
      <source>Largest |w|</source>
      <translation>Plus grand |w|</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/matricules.html" line="16" />
      <source>Last</source>
      <translation>Dernier</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="90" />
      <source>Last observation</source>
      <translation>Dernière observation</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="89" />
      <source>Last visit</source>
      <translation>Dernière visite</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="78" />
      <source>Last visit by the city's teams</source>
      <translation>Dernière visite par les équipes de la ville</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="80" />
      <source>Latitude</source>
      <translation>Latitude</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="429" />
      <source>Layer</source>
      <translation>Couche</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="38" />
      <source>Layer holding the {} coordinates of the common points, as point geometries or as two fields. It may be the same layer for both systems.</source>
      <translation>Couche portant les coordonnées {} des points communs, en géométrie ponctuelle ou dans deux champs. Ce peut être la même couche pour les deux systèmes.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="40" />
      <source>Layer of canevas stations with their matricules, e.g. the « stations » layer of the Canevas database or a contractor's delivery. It is never modified.</source>
      <translation>Couche des stations du canevas avec leurs matricules, par ex. la couche « stations » de la base de données Canevas ou la livraison d'un prestataire. Elle n'est jamais modifiée.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="31" />
      <source>Layer to reproject (points, lines or polygons, with or without Z). It is never modified.</source>
      <translation>Couche à reprojeter (points, lignes ou polygones, avec ou sans Z). Elle n'est jamais modifiée.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="36" />
      <source>Least-squares adjustment</source>
      <translation>Compensation par les moindres carrés</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importlevelingbook.py" line="25" />
      <source>Leica GSI-8 / GSI-16 (DNA03, DNA10, LS10, LS15)</source>
      <translation>Leica GSI-8 / GSI-16 (DNA03, DNA10, LS10, LS15)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="40" />
      <source>Length levelled (sum of the sights), in metres: weights by distance and tolerances in √K need it.</source>
      <translation>Longueur nivelée (somme des portées), en mètres : la pondération selon la distance et les tolérances en √K en ont besoin.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="92" />
      <source>Level of the global χ² test and of data snooping: |w| &gt; k = Φ⁻¹(1 − α/2) flags a residual (1.96 for 0.05; 0.001 gives Baarda's 3.29).</source>
      <translation>Seuil du test global du χ² et du data snooping : |w| &gt; k = Φ⁻¹(1 − α/2) signale un résidu (1,96 pour 0,05 ; 0,001 donne le 3,29 de Baarda).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="153" />
      <source>Leveling (km)</source>
      <translation>Nivellement (km)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="324" />
      <source>Leveling adjustment</source>
      <translation>Compensation de nivellement</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="69" />
      <source>Leveling adjustment (least squares)</source>
      <translation>Compensation de nivellement (moindres carrés)</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="388" />
      <source>Leveling benchmark</source>
      <translation>Repère de nivellement</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="66" />
      <source>Leveling benchmarks</source>
      <translation>Repères de nivellement</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingclosures.py" line="49" />
      <source>Leveling closures</source>
      <translation>Fermetures de nivellement</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="153" />
      <source>Leveling days</source>
      <translation>Jours de nivellement</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="322" />
      <source>Leveling density, r = {radius} m</source>
      <translation>Densité du réseau de nivellement, r = {radius} m</translation>
    </message>
    <message>
      <location filename="../core/density/weak_spots.py" line="67" />
      <source>Leveling line {line}: {first} and {second} are {distance:.0f} m apart, more than 2 × {radius:g} m; a mark between them is missing or unusable.</source>
      <translation>Ligne de nivellement {line} : {first} et {second} sont distants de {distance:.0f} m, plus de 2 × {radius:g} m ; un repère intermédiaire manque ou est inutilisable.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/benchmarkgaps.py" line="32" />
      <source>Leveling network</source>
      <translation>Réseau de nivellement</translation>
    </message>
    <message>
      <location filename="../core/reports/density.py" line="128" />
      <source>Leveling network density study</source>
      <translation>Étude de densité du réseau de nivellement</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/benchmarkgaps.py" line="30" />
      <source>Leveling network weak spots</source>
      <translation>Points faibles du réseau de nivellement</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="54" />
      <source>Leveling observations</source>
      <translation>Observations de nivellement</translation>
    </message>
    <message>
      <location filename="../core/reports/density.py" line="124" />
      <source>Leveling per day</source>
      <translation>Nivellement par jour</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="114" />
      <source>Leveling per day (km)</source>
      <translation>Nivellement par jour (km)</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="431" />
      <source>Line {line} holds degrees, minutes and seconds but the source system is {system}: choose « RGF93 geographic » as the source system.</source>
      <translation>La ligne {line} contient des degrés, minutes et secondes mais le système source est {system} : choisissez « RGF93 géographique » comme système source.</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="217" />
      <source>Line {line} is not a point but looks like a header ({reason}): tick « First line is a header », or check the columns.</source>
      <translation>La ligne {line} n'est pas un point mais ressemble à un en-tête ({reason}) : cochez « La première ligne est un en-tête », ou vérifiez les colonnes.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="88" />
      <source>Linear alteration (mm/km)</source>
      <translation>Altération linéaire (mm/km)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="68" />
      <source>Linear alteration map (mm/km)</source>
      <translation>Carte de l'altération linéaire (mm/km)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="90" />
      <source>Linear alteration points</source>
      <translation>Points d'altération linéaire</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="86" />
      <source>Location</source>
      <translation>Localisation</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="79" />
      <source>Longitude</source>
      <translation>Longitude</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="27" />
      <source>Loops</source>
      <translation>Boucles</translation>
    </message>
    <message>
      <location filename="../core/reports/density.py" line="105" />
      <source>Lower bound: no placement on the candidate lattice (marks every r/4) reaches the goal with fewer than {bound} new benchmark(s); the {count} proposed are at most {extra} above it. It bounds that lattice, not every possible place.</source>
      <translation>Borne inférieure : aucun placement sur la grille des sites candidats (un site tous les r/4) n'atteint l'objectif avec moins de {bound} nouveau(x) repère(s) ; les {count} proposés la dépassent d'au plus {extra}. Cette borne vaut pour cette grille, pas pour tous les emplacements possibles.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="58" />
      <source>MDB (mm)</source>
      <translation>Faute minimale détectable (mm)</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="74" />
      <source>Map of the height deviations (up = supplied too high)</source>
      <translation>Carte des écarts altimétriques (vers le haut = point fourni trop haut)</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="74" />
      <source>Map of the plan deviation vectors (supplied − control)</source>
      <translation>Carte des vecteurs d'écart planimétrique (fourni − contrôle)</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="68" />
      <source>Matricule</source>
      <translation>Matricule</translation>
    </message>
    <message>
      <location filename="../core/reports/matricules.py" line="25" />
      <source>Matricule check</source>
      <translation>Contrôle des matricules</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="42" />
      <source>Matricule field</source>
      <translation>Champ du matricule</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="72" />
      <source>Matricule of the benchmark, as written in the from/to fields of the observations (IGN: nom).</source>
      <translation>Matricule du repère, tel qu'écrit dans les champs from/to des observations (IGN : nom).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="46" />
      <source>Matricule ranges</source>
      <translation>Plages de matricules</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="171" />
      <source>Matricule ranges table</source>
      <translation>Table des plages de matricules</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="179" />
      <source>Matricule « {matricule} » is given to {count} stations.</source>
      <translation>Le matricule « {matricule} » est attribué à {count} stations.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="186" />
      <source>Matricule « {matricule} » is written {written} in the register's form (prefix in capitals, the digits of its range): duplicates are found on that form.</source>
      <translation>Le matricule « {matricule} » s'écrit {written} dans la forme du registre (préfixe en capitales, les chiffres de sa plage) : les doublons sont cherchés sur cette forme.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="182" />
      <source>Matricule « {matricule} » lies in no range.</source>
      <translation>Le matricule « {matricule} » n'appartient à aucune plage.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="61" />
      <source>Matricules outside any range</source>
      <translation>Matricules hors de toute plage</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_benchmarks.py" line="77" />
      <source>Matricules read from the field « {field} ».</source>
      <translation>Matricules lus dans le champ « {field} ».</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="134" />
      <source>Matricule…</source>
      <translation>Matricule…</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="48" />
      <source>Max. % above</source>
      <translation>% max. au-dessus</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="130" />
      <source>Mean deviation (m)</source>
      <translation>Écart moyen (m)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="38" />
      <source>Measured height difference H(to) − H(from), in metres.</source>
      <translation>Dénivelée mesurée H(to) − H(from), en mètres.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/density.html" line="22" />
      <source>Method</source>
      <translation>Méthode</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="93" />
      <source>Mode</source>
      <translation>Mode</translation>
    </message>
    <message>
      <location filename="../core/systems.py" line="92" />
      <source>NTF (Paris) / Lambert II étendu (EPSG:27572)</source>
      <translation>NTF (Paris) / Lambert II étendu (EPSG:27572)</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="5" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="45" />
      <source>Name of the run (cheminement) the observation belongs to; rows of a run are read in their order. Empty: one run.</source>
      <translation>Nom du cheminement auquel appartient l'observation ; les lignes d'un cheminement sont lues dans leur ordre. Vide : un seul cheminement.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="195" />
      <source>Neither layer has a CRS: the coordinates are compared as they are, assumed in metres in the same system.</source>
      <translation>Aucune des deux couches n'a de SCR : les coordonnées sont comparées telles quelles, supposées en mètres dans le même système.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="145" />
      <source>New benchmark locations that bring every study area to at least 99 % covered, each with the gap it closes and the leveling needed to tie it onto its two nearest marks.</source>
      <translation>Emplacements de nouveaux repères portant la couverture de chaque zone d'étude à au moins 99 %, chacun avec la zone à densifier qu'il comble et le nivellement nécessaire pour le rattacher à ses deux repères les plus proches.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/density.html" line="19" />
      <source>New benchmarks</source>
      <translation>Nouveaux repères</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="306" />
      <source>New station: matricule {} given from the allocated ranges.</source>
      <translation>Nouvelle station : matricule {} attribué dans les plages allouées.</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="160" />
      <source>New station: propose the next free matricule</source>
      <translation>Nouvelle station : proposer le prochain matricule libre</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/matricules.html" line="16" />
      <source>Next free</source>
      <translation>Prochain libre</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_editing.py" line="380" />
      <source>Next free matricule: {}. Add the point on the map with this matricule.</source>
      <translation>Prochain matricule libre : {}. Ajoutez le point sur la carte avec ce matricule.</translation>
    </message>
    <message>
      <location filename="../core/dxf/files.py" line="353" />
      <source>No DXF or DWG drawing in {path} nor its sub-folders: choose another folder.</source>
      <translation>Aucun dessin DXF ou DWG dans {path} ni ses sous-dossiers : choisissez un autre dossier.</translation>
    </message>
    <message>
      <location filename="../core/dxf/files.py" line="355" />
      <source>No DXF or DWG drawing in {path}: choose another folder, or include its sub-folders (recursive).</source>
      <translation>Aucun dessin DXF ou DWG dans {path} : choisissez un autre dossier, ou incluez ses sous-dossiers.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="357" />
      <source>No adjusted point is a station of the register (matched by matricule): nothing was written.</source>
      <translation>Aucun point compensé n'est une station du registre (appariement par matricule) : rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="509" />
      <source>No benchmark of known height of « {benchmarks} » is a point of « {observations} » (their ids: {ids}; the observations' points: {points}): choose the benchmark id field holding the matricules as written in the book.</source>
      <translation>Aucun repère d'altitude connue de « {benchmarks} » n'est un point de « {observations} » (leurs identifiants : {ids} ; les points des observations : {points}) : choisissez le champ identifiant des repères qui porte les matricules tels qu'ils sont écrits dans le carnet.</translation>
    </message>
    <message>
      <location filename="../core/density/checks.py" line="19" />
      <source>No benchmark to study: the input is empty. Load the benchmark layer (or check its filter) and run again.</source>
      <translation>Aucun repère à étudier : l'entrée est vide. Chargez la couche des repères (ou vérifiez son filtre) et relancez.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="165" />
      <source>No cell of the grid has a value: check the extent and the DEM.</source>
      <translation>Aucune cellule de la grille n'a de valeur : vérifiez l'emprise et le MNT.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="352" />
      <source>No database transaction could be opened on the GeoPackage: the benchmarks are written in a plain edit session.</source>
      <translation>Impossible d'ouvrir une transaction de base de données sur le GeoPackage : les repères sont écrits dans une simple session d'édition.</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="167" />
      <source>No deviation to test: at least one control point with all its coordinates is needed.</source>
      <translation>Aucun écart à tester : il faut au moins un point de contrôle avec toutes ses coordonnées.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="89" />
      <source>No drawing could be transformed, nothing was written:
{errors}</source>
      <translation>Aucun dessin n'a pu être transformé, rien n'a été écrit :
{errors}</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/matricules.html" line="10" />
      <source>No duplicate.</source>
      <translation>Aucun doublon.</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="347" />
      <source>No feature has the matricule {} in « {} ».</source>
      <translation>Aucune entité n'a le matricule {} dans « {} ».</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="305" />
      <source>No feature to print in « {name} »: check the selection or the filter expression.</source>
      <translation>Aucune entité à imprimer dans « {name} » : vérifiez la sélection ou l'expression de filtre.</translation>
    </message>
    <message>
      <location filename="../core/leveling/adjustment.py" line="251" />
      <source>No fixed benchmark is a member of an IGN triplet: IGN advises reaching the height reference through triplets first.</source>
      <translation>Aucun repère fixe n'appartient à un triplet IGN : l'IGN recommande d'accéder à la référence altimétrique d'abord par les triplets.</translation>
    </message>
    <message>
      <location filename="../core/leveling/adjustment.py" line="223" />
      <source>No fixed benchmark lies in the network: the heights cannot be computed. Hold at least one benchmark of known height (two, so that a moved one shows).</source>
      <translation>Aucun repère fixe n'est dans le réseau : les altitudes ne peuvent pas être calculées. Tenez fixe au moins un repère d'altitude connue (deux, pour qu'un repère déplacé se voie).</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="302" />
      <source>No free matricule in the allocated ranges: ask the SIG service for a range.</source>
      <translation>Aucun matricule libre dans les plages attribuées : demandez une plage de matricules au service SIG.</translation>
    </message>
    <message>
      <location filename="../core/commonpoints.py" line="75" />
      <source>No id is common to the REN09 and CC48 points (e.g. « {ren} » and « {cc} »): check the id fields.</source>
      <translation>Aucun identifiant n'est commun aux points REN09 et CC48 (par exemple « {ren} » et « {cc} ») : vérifiez les champs d'identifiant.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="326" />
      <source>No id of « {tested} » is found in « {control} »: nothing to compare. Check the id fields (e.g. « {a} » in the first, « {b} » in the second).</source>
      <translation>Aucun identifiant de « {tested} » ne se trouve dans « {control} » : rien à comparer. Vérifiez les champs identifiants (par ex. « {a} » dans la première, « {b} » dans la seconde).</translation>
    </message>
    <message>
      <location filename="../core/leveling/adjustment.py" line="211" />
      <source>No observation to adjust.</source>
      <translation>Aucune observation à compenser.</translation>
    </message>
    <message>
      <location filename="../core/leveling/closures.py" line="203" />
      <source>No observation: nothing to close.</source>
      <translation>Aucune observation : rien à fermer.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="222" />
      <source>No output given: choose the PDF file (or the folder) to write.</source>
      <translation>Aucune sortie donnée : choisissez le fichier PDF (ou le dossier) à écrire.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/matricules.html" line="15" />
      <source>No overlap between ranges.</source>
      <translation>Aucun chevauchement entre plages.</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="300" />
      <source>No point of the file could be converted; nothing was written.</source>
      <translation>Aucun point du fichier n'a pu être converti ; rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="438" />
      <source>No point to test: {excluded} point(s) were set aside for a missing coordinate and none is left. Check the coordinate fields.</source>
      <translation>Aucun point à tester : {excluded} point(s) écarté(s) faute d'une coordonnée, et il n'en reste aucun. Vérifiez les champs de coordonnées.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="26" />
      <source>No run joins two known benchmarks.</source>
      <translation>Aucun cheminement ne relie deux repères connus.</translation>
    </message>
    <message>
      <location filename="../toolbelt/register_heights.py" line="144" />
      <source>No transaction can be opened on the register « {path} »: nothing was written.</source>
      <translation>Aucune transaction ne peut être ouverte sur le registre « {path} » : rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../core/density/areas.py" line="247" />
      <source>None of the {count} benchmarks can be used (states, duplicates or the triplets-only option) and no study area is given: nothing to study.</source>
      <translation>Aucun des {count} repères n'est utilisable (états, doublons ou option « triplets uniquement ») et aucune zone d'étude n'est fournie : rien à étudier.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="302" />
      <source>None of the {count} feature(s) of « {name} » to print has a position (no geometry): no fiche can be computed. Fill in their positions.</source>
      <translation>Aucune des {count} entité(s) de « {name} » à imprimer n'a de position (pas de géométrie) : aucune fiche ne peut être calculée. Renseignez leurs positions.</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="501" />
      <source>Not a triplet member</source>
      <translation>N'appartient à aucun triplet</translation>
    </message>
    <message>
      <location filename="../core/dxf/report.py" line="47" />
      <source>Notes</source>
      <translation>Remarques</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="238" />
      <source>Nothing can be written in the folder « {folder} » ({error}): choose a folder you can write to.</source>
      <translation>Rien ne peut être écrit dans le dossier « {folder} » ({error}) : choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingclosures.py" line="106" />
      <source>Nothing to close: no run of « {name} » goes from a known benchmark to another, and the network has no loop ({open}). Check that the from/to points follow each other in each run and that the runs start and end on benchmarks of « {benchmarks} ».</source>
      <translation>Rien à fermer : aucun cheminement de « {name} » ne va d'un repère connu à un autre, et le réseau n'a aucune boucle ({open}). Vérifiez que les points de départ et d'arrivée se suivent dans chaque cheminement et que les cheminements partent et arrivent sur des repères de « {benchmarks} ».</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="66" />
      <source>Nothing typed is lost. A value is written to the layer's edit buffer when you leave its box (QGIS' undo, save and discard apply). A value that cannot be written (refused, with its reason in red) keeps this fiche: the dock neither follows another selection nor the current layer, and does not save or stop editing, until you correct or clear it. If the layer is removed or the project closed with values typed and not written, they are kept under « Typed values kept », also after QGIS restarts, until you dismiss them. Matricules are written in one form (r021001 → R21001). The geometry's Z is the height: editing z_ign69 or cp1_coord3 here sets the Z too, in one undo step.</source>
      <translation>Rien de ce que vous saisissez n'est perdu. Une valeur est écrite dans le tampon d'édition de la couche quand vous quittez sa case (l'annulation, l'enregistrement et l'abandon de QGIS s'appliquent). Une valeur qui ne peut pas être écrite (refusée, avec sa raison en rouge) garde cette fiche : le panneau ne suit ni une autre sélection ni la couche courante, et n'enregistre ni n'arrête l'édition, tant que vous ne l'avez pas corrigée ou effacée. Si la couche est retirée ou le projet fermé avec des valeurs saisies et non écrites, elles sont gardées sous « Valeurs saisies conservées », même après un redémarrage de QGIS, jusqu'à ce que vous les écartiez. Les matricules sont écrits sous une seule forme (r021001 → R21001). Le Z de la géométrie est l'altitude : modifier z_ign69 ou cp1_coord3 ici modifie aussi le Z, en une seule étape d'annulation.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="42" />
      <source>Number of instrument set-ups (stations de niveau) of the section: weighting and tolerances per set-up need it.</source>
      <translation>Nombre de stations de niveau de la section : la pondération et les tolérances par station en ont besoin.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="130" />
      <source>Number of points tested</source>
      <translation>Nombre de points testés</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/controlsample.py" line="44" />
      <source>Number of stations</source>
      <translation>Nombre de stations</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/controlsample.py" line="39" />
      <source>Number of stations to control; 0 = (ln N)² rounded up, the size of Rennes' specification (e.g. 22 stations out of 100).</source>
      <translation>Nombre de stations à contrôler ; 0 = (ln N)² arrondi à l'entier supérieur, la taille prévue par le cahier des charges de Rennes (par ex. 22 stations sur 100).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="47" />
      <source>Numeric field holding {side} {axis}; leave empty to use the point geometry.</source>
      <translation>Champ numérique contenant le {axis} en {side} ; laissez vide pour utiliser la géométrie du point.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/precisionclass.py" line="24" />
      <source>Numeric field with the heights of the control points (m); leave empty to take the Z of the geometry. Only used by the height, plan and height, and 3D tests.</source>
      <translation>Champ numérique des altitudes des points de contrôle (m) ; laissez vide pour prendre le Z de la géométrie. Utilisé uniquement par les tests « Altimétrie », « Planimétrie et altimétrie » et « 3D ».</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/precisionclass.py" line="18" />
      <source>Numeric field with the heights of the supplied points (m); leave empty to take the Z of the geometry. Only used by the height, plan and height, and 3D tests.</source>
      <translation>Champ numérique des altitudes des points fournis (m) ; laissez vide pour prendre le Z de la géométrie. Utilisé uniquement par les tests « Altimétrie », « Planimétrie et altimétrie » et « 3D ».</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="233" />
      <source>Observation {from_id} → {to_id} (run {run}, line {line}) is flagged: |w| = {w:.2f} &gt; {k:.2f}, residual {v:.2f} mm. Check it, or leave it out and run again.</source>
      <translation>L'observation {from_id} → {to_id} (cheminement {run}, ligne {line}) est signalée : |w| = {w:.2f} &gt; {k:.2f}, résidu {v:.2f} mm. Vérifiez-la, ou écartez-la et relancez.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importlevelingbook.py" line="59" />
      <source>Observations</source>
      <translation>Observations</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="115" />
      <source>Observations adjusted</source>
      <translation>Observations compensées</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="117" />
      <source>Observations flagged</source>
      <translation>Observations signalées</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="38" />
      <source>Observations used</source>
      <translation>Observations utilisées</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="114" />
      <source>One PDF per fiche</source>
      <translation>Un PDF par fiche</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="51" />
      <source>One point per common id (in CC48) with both coordinates and the residuals measured − computed (m) of the IGN grid, the 3-parameter shift and the best-fit similarity.</source>
      <translation>Un point par identifiant commun (en CC48) avec les deux jeux de coordonnées et les résidus mesuré − calculé (m) de la grille IGN, de la translation à 3 paramètres et de la similitude ajustée.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="119" />
      <source>One point per pair matched by id, at the control point, with the deviations tested − control (m; after the fit in internal mode), the deviation Epos and whether it is over T and over 1.5·T of the class reported.</source>
      <translation>Un point par paire appariée par identifiant, placé au point de contrôle, avec les écarts testé − contrôle (m ; après ajustement en mode interne), l'écart Epos et son éventuel dépassement de T et de 1,5·T pour la classe retenue.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importlevelingbook.py" line="61" />
      <source>One row per height difference between two marks: run, from, to, dh_m, distance_m, setups, date, source_line.</source>
      <translation>Une ligne par dénivelée entre deux points matérialisés : run, from, to, dh_m, distance_m, setups, date, source_line.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="103" />
      <source>One row per observation: residual (mm), standardised residual w, flagged by data snooping, minimal detectable bias (mm), redundancy number.</source>
      <translation>Une ligne par observation : résidu (mm), résidu normé w, signalée par le data snooping, biais minimal détectable (mm), nombre de redondance.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="99" />
      <source>One row per point with a height: id, height (m), σ (mm, a posteriori), fixed; points known in plan (benchmarks, stations of the register) get their position.</source>
      <translation>Une ligne par point ayant une altitude : matricule, altitude (m), σ (mm, a posteriori), fixe ; les points connus en planimétrie (repères, stations du registre) reçoivent leur position.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingclosures.py" line="67" />
      <source>One row per run between two known benchmarks and per loop: points, length, set-ups, Σdh, closure (measured − expected, mm), tolerance and test.</source>
      <translation>Une ligne par cheminement entre deux repères connus et par boucle : points, longueur, stations de niveau, Σdh, fermeture (mesuré − attendu, mm), tolérance et test.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="141" />
      <source>One row per study area: benchmark counts (usable, unusable, triplet members), area, covered area and %, gap area, proposed benchmarks, km of leveling, days and cost (€).</source>
      <translation>Une ligne par zone d'étude : nombres de repères (utilisables, inutilisables, membres de triplets), surface, surface couverte et %, surface à densifier, repères proposés, km de nivellement, journées et coût (€).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="135" />
      <source>Only NGF-IGN69 leveling benchmarks (domaine « nivf »)</source>
      <translation>Uniquement les repères de nivellement NGF-IGN69 (domaine « nivf »)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="166" />
      <source>Only an existing Canevas database without any station or benchmark can be replaced, and only when this is ticked. Any other file at the output path is never replaced.</source>
      <translation>Seule une base Canevas existante sans aucune station ni aucun repère peut être remplacée, et seulement si cette case est cochée. Tout autre fichier au chemin de sortie n'est jamais remplacé.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/precisionclass.py" line="36" />
      <source>Only for « plan and height »: the class of the height test, in centimetres. 0 = find the best height class.</source>
      <translation>Uniquement pour « planimétrie et altimétrie » : la classe du test altimétrique, en centimètres. 0 = rechercher la meilleure classe altimétrique.</translation>
    </message>
    <message>
      <location filename="../core/leveling/adjustment.py" line="243" />
      <source>Only one fixed benchmark ({id}): a moved or wrong benchmark cannot show. Tie the leveling onto a second benchmark.</source>
      <translation>Un seul repère fixe ({id}) : un repère déplacé ou faux ne peut pas se voir. Rattachez le nivellement à un second repère.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" line="77" />
      <source>Only the benchmarks matching this expression are read, e.g. "domaine" = 'nivf'.</source>
      <translation>Seuls les repères vérifiant cette expression sont lus, par ex. "domaine" = 'nivf'.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="109" />
      <source>Only the features matching this expression get a fiche, e.g. "commune" = 'Rennes'.</source>
      <translation>Seules les entités vérifiant cette expression ont une fiche, par ex. "commune" = 'Rennes'.</translation>
    </message>
    <message>
      <location filename="../toolbelt/read_whole.py" line="33" />
      <source>Only {read} of the {count} features of « {name} » could be read: the file is damaged (or the data source cut the reading short). Repair it or export the layer again, then run again.</source>
      <translation>Seules {read} des {count} entités de « {name} » ont pu être lues : le fichier est endommagé (ou la source de données a interrompu la lecture). Réparez-le ou exportez de nouveau la couche, puis relancez.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="80" />
      <source>Optional heights (altitudes, m). With it the map adds the reduction to the ellipsoid −h/R, i.e. about −0.16 mm/km per metre of height: the alteration a surveyor applies to distances measured on the ground.</source>
      <translation>Altitudes facultatives (m). Avec un MNT, la carte ajoute la réduction à l'ellipsoïde −h/R, soit environ −0,16 mm/km par mètre d'altitude : l'altération que le géomètre applique aux distances mesurées sur le terrain.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="143" />
      <source>Optional layer of the rows that were not imported, with all their fields and the « reason » of the rejection.</source>
      <translation>Couche facultative des lignes non importées, avec tous leurs champs et le motif du rejet (champ « reason »).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="92" />
      <source>Optional points at the cell centres with the alteration, the scale factor and the height.</source>
      <translation>Points facultatifs aux centres des cellules, avec l'altération, le facteur d'échelle et l'altitude.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="58" />
      <source>Optional report: duplicates, matricules outside the ranges, overlapping ranges, and per range the matricules used, the gaps in use and the next free matricule.</source>
      <translation>Rapport facultatif : doublons, matricules hors plages, plages qui se chevauchent et, pour chaque plage, les matricules utilisés, les lacunes d'utilisation et le prochain matricule libre.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="82" />
      <source>Other members of the benchmark's IGN triplet (freres_info): non-empty = triplet member. A warning says so when no fixed benchmark is a triplet member.</source>
      <translation>Autres membres du triplet IGN du repère (freres_info) : non vide = membre d'un triplet. Un avertissement le dit quand aucun repère fixe n'est membre d'un triplet.</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="438" />
      <source>Other systems</source>
      <translation>Autres systèmes</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/dxf.html" line="43" />
      <source>Out</source>
      <translation>Sortie</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/dxf.html" line="38" />
      <source>Output file</source>
      <translation>Fichier de sortie</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="49" />
      <source>Output folder</source>
      <translation>Dossier de sortie</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="40" />
      <source>Output layer in {}: same fields, same geometry type, heights (Z, IGN69) unchanged.</source>
      <translation>Couche en sortie en {} : mêmes champs, même type de géométrie, altitudes (Z, IGN69) inchangées.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/matricules.html" line="15" />
      <source>Overlapping ranges</source>
      <translation>Plages qui se chevauchent</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/macros.html" line="3" />
      <source>PASSED</source>
      <translation>CONFORME</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="118" />
      <source>PDF file or folder</source>
      <translation>Fichier PDF ou dossier</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="119" />
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="122" />
      <source>PROJ pipeline: {}</source>
      <translation>Pipeline PROJ : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="143" />
      <source>Pairs matched by id</source>
      <translation>Paires appariées par identifiant</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="62" />
      <source>Pairs of overlapping ranges</source>
      <translation>Paires de plages qui se chevauchent</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="19" />
      <source>Parameter</source>
      <translation>Paramètre</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="152" />
      <source>Parameters</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="138" />
      <source>Passed</source>
      <translation>Conforme</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/rasterprecisionclass.py" line="113" />
      <source>Pixel size</source>
      <translation>Taille de pixel</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/rasterprecisionclass.py" line="111" />
      <source>Pixel size of « {name} »: {pixel:g} cm.</source>
      <translation>Taille de pixel de « {name} » : {pixel:g} cm.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="44" />
      <source>Plan (X, Y)</source>
      <translation>Planimétrie (X, Y)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="44" />
      <source>Plan and height, tested separately</source>
      <translation>Planimétrie et altimétrie, testées séparément</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="108" />
      <source>Plan class (cm)</source>
      <translation>Classe planimétrique (cm)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="49" />
      <source>Plan test</source>
      <translation>Test planimétrique</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/precisionclass.py" line="28" />
      <source>Plan: n = 2, k = 2.42. Height: n = 1, k = 3.23. Plan and height: two separate tests (each with its class), when they do not follow the same statistical model. 3D: n = 3, k = 2.11, when X, Y and Z have the same precision.</source>
      <translation>Planimétrie : n = 2, k = 2,42. Altimétrie : n = 1, k = 3,23. Planimétrie et altimétrie : deux tests distincts (chacun avec sa classe), quand elles ne suivent pas le même modèle statistique. 3D : n = 3, k = 2,11, quand X, Y et Z ont la même précision.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="64" />
      <source>Point</source>
      <translation>Point</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="29" />
      <source>Point file</source>
      <translation>Fichier de points</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="71" />
      <source>Point files (*.csv *.txt *.xyz *.dat)</source>
      <translation>Fichiers de points (*.csv *.txt *.xyz *.dat)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="30" />
      <source>Point files (*.csv *.txt *.xyz *.dat);;All files (*.*)</source>
      <translation>Fichiers de points (*.csv *.txt *.xyz *.dat);;Tous les fichiers (*.*)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="105" />
      <source>Point layer of canevas stations (field « matricule ») or of IGN benchmarks (fields « nom » and « cp1_coord3 »). Tick « Selected features only » to print the selection.</source>
      <translation>Couche de points des stations du canevas (champ « matricule ») ou des repères IGN (champs « nom » et « cp1_coord3 »). Cochez « Entités sélectionnées uniquement » pour imprimer la sélection.</translation>
    </message>
    <message>
      <location filename="../core/transform.py" line="47" />
      <source>Point {index} ({x:.3f}, {y:.3f}) cannot be transformed from {source} to {target}: it lies outside the area of the transformation ({count} point(s) in all). Check the source system.</source>
      <translation>Le point {index} ({x:.3f}, {y:.3f}) ne peut pas être transformé de {source} vers {target} : il est hors de la zone de validité de la transformation ({count} point(s) au total). Vérifiez le système source.</translation>
    </message>
    <message>
      <location filename="../core/transform.py" line="40" />
      <source>Point {index} has no coordinates (X {x}, Y {y}): fill them or leave the point out ({count} point(s) in all).</source>
      <translation>Le point {index} n'a pas de coordonnées (X {x}, Y {y}) : renseignez-les ou retirez le point ({count} point(s) en tout).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="243" />
      <source>Point « {id} » of « {name} » cannot be transformed to the CRS of the control layer ({error}): check the CRS of both layers.</source>
      <translation>Le point « {id} » de « {name} » ne peut pas être transformé dans le SCR de la couche de contrôle ({error}) : vérifiez le SCR des deux couches.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="105" />
      <source>Point « {id} » of « {name} » has an empty {side} X or Y field.</source>
      <translation>Le point « {id} » de « {name} » a un champ X ou Y {side} vide.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="240" />
      <source>Point « {id} » of « {name} » has no geometry: fill it in or remove the point.</source>
      <translation>Le point « {id} » de « {name} » n'a pas de géométrie : renseignez-la ou supprimez le point.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="108" />
      <source>Point « {id} » of « {name} » has no geometry: fill it or use X/Y fields.</source>
      <translation>Le point « {id} » de « {name} » n'a pas de géométrie : renseignez-la ou utilisez des champs X/Y.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="5" />
      <source>Points</source>
      <translation>Points</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="69" />
      <source>Points set aside</source>
      <translation>Points écartés</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="114" />
      <source>Points with a height</source>
      <translation>Points ayant une altitude</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="36" />
      <source>Points with {} coordinates</source>
      <translation>Points en coordonnées {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="108" />
      <source>Polygons to study (communes, urbanised zones, town centres); one result per polygon. Empty: the convex hull of the benchmarks widened by the radius.</source>
      <translation>Polygones à étudier (communes, zones urbanisées, centres-bourgs) ; un résultat par polygone. Vide : l'enveloppe convexe des repères élargie du rayon.</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="427" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="167" />
      <source>Precision class control</source>
      <translation>Contrôle de classe de précision</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/rasterprecisionclass.py" line="71" />
      <source>Precision class of an image (art. 8)</source>
      <translation>Classe de précision d'une image (art. 8)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/rasterprecisionclass.py" line="31" />
      <source>Precision class of an orthophoto or image (art. 8)</source>
      <translation>Classe de précision d'une orthophotographie ou d'une image (art. 8)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/precisionclass.py" line="10" />
      <source>Precision class of points (arrêté of 16 September 2003)</source>
      <translation>Classe de précision de points (arrêté du 16 septembre 2003)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/precisionclass.py" line="33" />
      <source>Precision class to check, in centimetres (e.g. 2 for « classe 2 cm »); for the plan and height test, the plan class. 0 = find the best class the points reach.</source>
      <translation>Classe de précision à contrôler, en centimètres (par ex. 2 pour « classe 2 cm ») ; pour le test planimétrie et altimétrie, la classe planimétrique. 0 = rechercher la meilleure classe atteinte par les points.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/rasterprecisionclass.py" line="51" />
      <source>Precision class to check, in centimetres; 0 = find the best class. A class finer than the pixel size fails whatever the deviations.</source>
      <translation>Classe de précision à contrôler, en centimètres ; 0 = rechercher la meilleure classe. Une classe plus fine que la taille du pixel est non conforme quels que soient les écarts.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="76" />
      <source>Precision classes</source>
      <translation>Classes de précision</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="126" />
      <source>Price of one day of direct leveling by a team, in euros excluding tax. Empty: not priced.</source>
      <translation>Prix d'une journée de nivellement direct par une équipe, en euros hors taxes. Vide : pas de chiffrage.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="121" />
      <source>Price of one new mark (supply and setting), in euros excluding tax; with the cost per day, gives the cost of the densification. Empty: not priced.</source>
      <translation>Prix d'un nouveau repère (fourniture et scellement), en euros hors taxes ; avec le coût par journée, donne le coût de la densification. Vide : pas de chiffrage.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="110" />
      <source>Print layout template (.qpt)</source>
      <translation>Modèle de mise en page (.qpt)</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" line="95" />
      <source>Projected CRS in metres in which distances and areas are computed and outputs are written; RGF93 / CC48 by default.</source>
      <translation>SCR projeté en mètres dans lequel les distances et les surfaces sont calculées et les sorties écrites ; RGF93 / CC48 par défaut.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="71" />
      <source>Projection</source>
      <translation>Projection</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="73" />
      <source>Projection whose scale distortion is mapped.</source>
      <translation>Projection dont l'altération linéaire est cartographiée.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="152" />
      <source>Proposed benchmarks</source>
      <translation>Repères proposés</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="143" />
      <source>Proposed new benchmarks</source>
      <translation>Nouveaux repères proposés</translation>
    </message>
    <message>
      <location filename="../core/density/lattice.py" line="164" />
      <source>Proposing new benchmarks would need about {need:.1f} GB of memory (a lattice of {nodes:.3g} nodes of {step:g} m over {area:.1f} km² of gaps), more than the {bound:.1f} GB allowed: use a larger radius or smaller study areas.</source>
      <translation>Proposer de nouveaux repères demanderait environ {need:.1f} Go de mémoire (un réseau de {nodes:.3g} nœuds au pas de {step:g} m sur {area:.1f} km² de lacunes), plus que les {bound:.1f} Go permis : prenez un rayon plus grand ou des zones d’étude plus petites.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="376" />
      <source>QGIS wrote {written} PDF file(s) for {expected} fiche(s): nothing was kept. Report this with the layout template used.</source>
      <translation>QGIS a écrit {written} fichier(s) PDF pour {expected} fiche(s) : rien n'a été gardé. Signalez-le avec le modèle de mise en page utilisé.</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="434" />
      <source>REN09</source>
      <translation>REN09</translation>
    </message>
    <message>
      <location filename="../core/systems.py" line="83" />
      <source>REN09 (Rennes 2009)</source>
      <translation>REN09 (Rennes 2009)</translation>
    </message>
    <message>
      <location filename="../core/systems.py" line="61" />
      <source>REN09 (Rennes 2009): NTF with the standard 3-parameter shift −168, −60, 320 m</source>
      <translation>REN09 (Rennes 2009) : NTF avec la translation standard à 3 paramètres −168, −60, 320 m</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" line="31" />
      <source>REN09 as the City of Rennes defined it is NTF with the standard 3-parameter shift −168, −60, 320 m: the default. The IGN grid NTF→RGF93 (ntf_r93.gsb, the official NTF conversion) gives a variant that differs by about 0.6 m east and 2 m north at Rennes: check which one your points follow with « Check common points ».</source>
      <translation>Le REN09 tel que la Ville de Rennes l'a défini est la NTF avec la translation standard à 3 paramètres −168, −60, 320 m : c'est le choix par défaut. La grille IGN NTF→RGF93 (ntf_r93.gsb, la conversion officielle de la NTF) donne une variante qui en diffère d'environ 0,6 m en E et 2 m en N à Rennes : vérifiez celle que suivent vos points avec « Contrôler les points communs REN09 / CC48 ».</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="57" />
      <source>REN09 could not be registered as a custom CRS: {}</source>
      <translation>REN09 n'a pas pu être enregistré comme SCR personnalisé : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" line="28" />
      <source>REN09 definition (NTF → RGF93 datum shift)</source>
      <translation>Définition du REN09 (changement de référentiel NTF → RGF93)</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="111" />
      <source>REN09 layers displayed as {shift}: {names}.</source>
      <translation>Couches REN09 affichées en {shift} : {names}.</translation>
    </message>
    <message>
      <location filename="../core/systems.py" line="60" />
      <source>REN09 with the IGN NTF→RGF93 grid (ntf_r93.gsb)</source>
      <translation>REN09 avec la grille IGN NTF→RGF93 (ntf_r93.gsb)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/ren09tocc48.py" line="6" />
      <source>REN09 → CC48 (layer)</source>
      <translation>REN09 → CC48 (couche)</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="435" />
      <source>RGF93 / CC48</source>
      <translation>RGF93 / CC48</translation>
    </message>
    <message>
      <location filename="../core/systems.py" line="86" />
      <source>RGF93 / CC48 (EPSG:3948)</source>
      <translation>RGF93 / CC48 (EPSG:3948)</translation>
    </message>
    <message>
      <location filename="../core/systems.py" line="89" />
      <source>RGF93 / Lambert-93 (EPSG:2154)</source>
      <translation>RGF93 / Lambert-93 (EPSG:2154)</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="436" />
      <source>RGF93 geographic</source>
      <translation>RGF93 géographique</translation>
    </message>
    <message>
      <location filename="../core/systems.py" line="95" />
      <source>RGF93 geographic (longitude, latitude in degrees)</source>
      <translation>RGF93 géographique (longitude, latitude en degrés)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="158" />
      <source>RGF93 v1 / CC48 (EPSG:3948), the legal system, or REN09 (Rennes 2009), the local system used inside the rocade. Stations and benchmarks are stored in it, heights in NGF-IGN69.</source>
      <translation>RGF93 v1 / CC48 (EPSG:3948), le système légal, ou REN09 (Rennes 2009), le système local utilisé à l'intérieur de la rocade. Les stations et les repères y sont enregistrés, les altitudes en NGF-IGN69.</translation>
    </message>
    <message>
      <location filename="../core/reports/density.py" line="120" />
      <source>Radius</source>
      <translation>Rayon</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" line="50" />
      <source>Radius (m)</source>
      <translation>Rayon (m)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/controlsample.py" line="33" />
      <source>Random seed</source>
      <translation>Graine aléatoire</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/matricules.html" line="15" />
      <source>Range</source>
      <translation>Plage</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="194" />
      <source>Range {range}: {first} to {last} unused ({count}).</source>
      <translation>Plage {range} : {first} à {last} inutilisés ({count}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="197" />
      <source>Range {range}: {used} matricule(s) used, next free: {next}.</source>
      <translation>Plage {range} : {used} matricule(s) utilisé(s), prochain libre : {next}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="295" />
      <source>Reference CRS</source>
      <translation>SCR de référence</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="10" />
      <source>Reference: « {title} », published in the JORF of 30 October 2003.</source>
      <translation>Référence : « {title} », publié au JORF du 30 octobre 2003.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="118" />
      <source>Register stations updated</source>
      <translation>Stations du registre mises à jour</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="285" />
      <source>Rejected row {fid} ({nom}): {reason}.</source>
      <translation>Ligne {fid} ({nom}) rejetée : {reason}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="140" />
      <source>Rejected rows</source>
      <translation>Lignes rejetées</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importlevelingbook.py" line="83" />
      <source>Rejected {}</source>
      <translation>Rejet — {}</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="83" />
      <source>Remark</source>
      <translation>Remarque</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="97" />
      <source>Remarks</source>
      <translation>Remarques</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="164" />
      <source>Replace an existing empty register</source>
      <translation>Remplacer un registre vide existant</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="45" />
      <source>Replace existing output files</source>
      <translation>Remplacer les fichiers de sortie existants</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="11" />
      <source>Report generated on {date} by the Canevas QGIS plugin.</source>
      <translation>Rapport généré le {date} par l'extension QGIS Canevas.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="347" />
      <source>Report written to {path}</source>
      <translation>Rapport écrit dans {path}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="39" />
      <source>Reprojected ({})</source>
      <translation>Reprojetée ({})</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="101" />
      <source>Residuals</source>
      <translation>Résidus</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="33" />
      <source>Result</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="81" />
      <source>Road followed</source>
      <translation>Voie suivie</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="94" />
      <source>Row {fid} of the ranges table « {name} »: the range {first} – {last} of « {prestataire} » starts below 0; matricule numbers are whole numbers ≥ 0. Correct the table.</source>
      <translation>Ligne {fid} de la table des plages « {name} » : la plage {first} – {last} de « {prestataire} » commence sous 0 ; les numéros de matricule sont des entiers ≥ 0. Corrigez la table.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="91" />
      <source>Row {fid} of the ranges table « {name} »: {error}</source>
      <translation>Ligne {fid} de la table des plages « {name} » : {error}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="147" />
      <source>Rows rejected</source>
      <translation>Lignes rejetées</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="58" />
      <source>Run</source>
      <translation>Cheminement</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="44" />
      <source>Run field</source>
      <translation>Champ du cheminement</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingclosures.py" line="72" />
      <source>Runs between known benchmarks</source>
      <translation>Cheminements entre repères connus</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/density.html" line="5" />
      <source>SYNTHETIC data: generated benchmarks, not a real network. The figures show the method, not real needs.</source>
      <translation>Données SYNTHÉTIQUES : repères générés, pas un réseau réel. Les chiffres illustrent la méthode, pas des besoins réels.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="15" />
      <source>SYNTHETIC data: not a real survey.</source>
      <translation>Données SYNTHÉTIQUES : pas un levé réel.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="275" />
      <source>SYNTHETIC sample data.</source>
      <translation>Données d'exemple FICTIVES.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="104" />
      <source>Safety coefficient C</source>
      <translation>Coefficient de sécurité C</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/controlsample.py" line="37" />
      <source>Sample size</source>
      <translation>Taille de l'échantillon</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="156" />
      <source>Save the layer's edits</source>
      <translation>Enregistrer les modifications de la couche</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/controlsample.py" line="35" />
      <source>Seed of the random draw: the same seed on the same layer gives the same sample, so the draw can be reproduced and audited. Change it for another sample.</source>
      <translation>Graine du tirage aléatoire : la même graine sur la même couche donne le même échantillon, ce qui rend le tirage reproductible et vérifiable. Changez-la pour obtenir un autre échantillon.</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="144" />
      <source>Select a station or a benchmark on the map.</source>
      <translation>Sélectionnez une station ou un repère sur la carte.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="150" />
      <source>Self-contained HTML report: map of coverage, gaps and proposals, and the statistics.</source>
      <translation>Rapport HTML autonome : carte de la couverture, des zones à densifier et des propositions, et statistiques.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="124" />
      <source>Self-contained HTML report: reference to the arrêté, inputs, the three conditions with their figures, verdict, best class, histogram, largest deviations, map of the vectors.</source>
      <translation>Rapport HTML autonome : référence à l'arrêté, données d'entrée, les trois conditions chiffrées, verdict, meilleure classe, histogramme, plus grands écarts, carte des vecteurs.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="43" />
      <source>Semicolon ;</source>
      <translation>Point-virgule ;</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="5" />
      <source>Set-ups</source>
      <translation>Stations</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="41" />
      <source>Set-ups field</source>
      <translation>Champ du nombre de stations de niveau</translation>
    </message>
    <message>
      <location filename="../core/dxf/report.py" line="36" />
      <source>Shapes beyond the tolerance (reported, not split)</source>
      <translation>Formes au-delà de la tolérance (signalées, non découpées)</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="84" />
      <source>Side</source>
      <translation>Côté</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="89" />
      <source>Significance level α</source>
      <translation>Seuil de signification α</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="78" />
      <source>Size of the grid cells in metres of the projection.</source>
      <translation>Taille des cellules de la grille, en mètres de la projection.</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="198" />
      <source>Sketch and photos</source>
      <translation>Croquis et photos</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importlevelingbook.py" line="56" />
      <source>Skip bad lines</source>
      <translation>Ignorer les lignes incorrectes</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="49" />
      <source>Solver</source>
      <translation>Solveur</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/dxf.html" line="35" />
      <source>Some shapes exceed the tolerance or the audit found errors: see below.</source>
      <translation>Des formes dépassent la tolérance ou l'audit a trouvé des erreurs : voir ci-dessous.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="39" />
      <source>Source system</source>
      <translation>Système source</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="43" />
      <source>Spaces</source>
      <translation>Espaces</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="87" />
      <source>Standard deviation of one kilometre of double-run leveling, e.g. 0.3 for a DNA03 with invar staves (manufacturer's figure), 1 to 2 for ordinary work. The χ² test checks it.</source>
      <translation>Écart type d'un kilomètre de nivellement double, par exemple 0,3 pour un DNA03 avec mires invar (chiffre du constructeur), 1 à 2 pour un travail courant. Le test du χ² le vérifie.</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="72" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" line="82" />
      <source>State field</source>
      <translation>Champ de l'état</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="86" />
      <source>State found</source>
      <translation>État constaté</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" line="88" />
      <source>States (comma-separated, case and accents ignored) of benchmarks that do not count: destroyed, not found, presumed moved, bad state and IGN's one-letter codes.</source>
      <translation>États des repères qui ne comptent pas (séparés par des virgules, sans tenir compte de la casse ni des accents) : détruit, non retrouvé, présumé déplacé, mauvais état et codes IGN à une lettre.</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="388" />
      <source>Station</source>
      <translation>Station</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="38" />
      <source>Stations</source>
      <translation>Stations</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="169" />
      <source>Stations layer</source>
      <translation>Couche des stations</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="103" />
      <source>Stations or benchmarks</source>
      <translation>Stations ou repères</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="51" />
      <source>Stations with a matricule problem</source>
      <translation>Stations avec un problème de matricule</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="64" />
      <source>Stations without matricule</source>
      <translation>Stations sans matricule</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/matricules.html" line="9" />
      <source>Stations: « {name} », {count} station(s); {ranges} range(s); {date}.</source>
      <translation>Stations : « {name} », {count} station(s) ; {ranges} plage(s) ; {date}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="139" />
      <source>Statistics per study area</source>
      <translation>Statistiques par zone d'étude</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="106" />
      <source>Study area</source>
      <translation>Zone d'étude</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="110" />
      <source>Study area name field</source>
      <translation>Champ du nom de la zone d'étude</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="178" />
      <source>Study area {fid} of « {name} » cannot be brought to the working CRS ({error}): check the layer's CRS.</source>
      <translation>La zone d'étude {fid} de « {name} » ne peut pas être ramenée dans le SCR de travail ({error}) : vérifiez le SCR de la couche.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="12" />
      <source>Summary</source>
      <translation>Synthèse</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="170" />
      <source>Supplied points</source>
      <translation>Points fournis</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="87" />
      <source>Support</source>
      <translation>Support</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="161" />
      <source>Synthetic data</source>
      <translation>Données synthétiques</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="35" />
      <source>System of the coordinates in the file. The numbers are checked: coordinates that look like another system stop the algorithm.</source>
      <translation>Système des coordonnées du fichier. Les valeurs sont contrôlées : des coordonnées qui semblent relever d'un autre système arrêtent l'algorithme.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="40" />
      <source>System of the drawings' model space. Drawings whose numbers look like another system fail with a message and the others go on.</source>
      <translation>Système de l'espace objet des dessins. Les dessins dont les nombres ressemblent à un autre système échouent avec un message et les autres continuent.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="39" />
      <source>System to write. Heights (IGN69) are copied unchanged.</source>
      <translation>Système à écrire. Les altitudes (IGN69) sont recopiées telles quelles.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="43" />
      <source>System to write. Z and elevations are kept; the system is recorded in the drawing.</source>
      <translation>Système à écrire. Z et élévations sont conservés ; le système est inscrit dans le dessin.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="43" />
      <source>Tab</source>
      <translation>Tabulation</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="48" />
      <source>Table of the ranges handed out to the contractors, with the fields prestataire, first and last (numbers or matricules) and optionally prefixe and date_attribution: the « matricule_ranges » table of the Canevas database.</source>
      <translation>Table des plages attribuées aux prestataires, avec les champs prestataire, first et last (numéros ou matricules) et, en option, prefixe et date_attribution : la table « matricule_ranges » de la base de données Canevas.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="42" />
      <source>Target system</source>
      <translation>Système cible</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="5" />
      <source>Test</source>
      <translation>Test</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="65" />
      <source>Text encoding of the file, kept for the output (cp1252 for files from older Windows software). A file starting with a byte-order mark (UTF-8 or UTF-16) is read as it says.</source>
      <translation>Encodage du fichier, conservé pour la sortie (cp1252 pour les fichiers d'anciens logiciels Windows). Un fichier qui commence par une marque d'ordre des octets (UTF-8 ou UTF-16) est lu comme elle l'indique.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importlevelingbook.py" line="55" />
      <source>Text encoding of the file.</source>
      <translation>Encodage du texte du fichier.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="31" />
      <source>Text file with one point per line: id, X, Y, Z and any other columns. Blank lines and lines starting with #, *, ! or // are copied unchanged.</source>
      <translation>Fichier texte avec un point par ligne : identifiant, X, Y, Z et toute autre colonne. Les lignes vides et celles commençant par #, *, ! ou // sont recopiées telles quelles.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/rasterprecisionclass.py" line="98" />
      <source>The CRS of the image « {name} » ({crs}) is not in metres: its pixel size cannot be compared with a class in centimetres.</source>
      <translation>Le SCR de l'image « {name} » ({crs}) n'est pas en mètres : sa taille de pixel ne peut pas être comparée à une classe en centimètres.</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="307" />
      <source>The CSV header '{header}' lacks the column(s) {missing}: the header must name from, to and dh (and may name distance, setups, run, date).</source>
      <translation>L'en-tête CSV '{header}' n'a pas la ou les colonnes {missing} : l'en-tête doit nommer from, to et dh (et peut nommer distance, setups, run, date).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="76" />
      <source>The Canevas database « {path} » does not exist: choose the GeoPackage made by « Create a Canevas database ».</source>
      <translation>La base de données Canevas « {path} » n'existe pas : choisissez le GeoPackage créé par « Créer une base de données Canevas ».</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="85" />
      <source>The Canevas database « {path} » is locked by another program ({error}): finish or close the editing there, then run again; nothing was written.</source>
      <translation>La base de données Canevas « {path} » est verrouillée par un autre programme ({error}) : terminez ou fermez l'édition en cours là-bas, puis relancez ; rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="130" />
      <source>The DEM « {dem} » cannot be read: choose a raster file or layer, or leave the DEM empty.</source>
      <translation>Le MNT « {dem} » ne peut pas être lu : choisissez un fichier ou une couche raster, ou laissez le MNT vide.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="245" />
      <source>The DEM « {name} » cannot be read by GDAL ({error}): choose a raster file.</source>
      <translation>Le MNT « {name} » ne peut pas être lu par GDAL ({error}) : choisissez un fichier raster.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="250" />
      <source>The DEM « {name} » does not cover the extent: choose another DEM or extent.</source>
      <translation>Le MNT « {name} » ne couvre pas l'emprise : choisissez un autre MNT ou une autre emprise.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="230" />
      <source>The DEM « {name} » has no CRS: its cells cannot be placed on the grid. Set its CRS (Layer Properties › Source), then run again.</source>
      <translation>Le MNT « {name} » n'a pas de SCR : ses cellules ne peuvent pas être placées sur la grille. Définissez son SCR (Propriétés de la couche › Source), puis relancez.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="253" />
      <source>The DEM « {name} » holds altitudes from {low:g} to {high:g} m, not altitudes in metres (a no-data value not declared, or another unit?): declare its no-data value or choose a DEM in metres.</source>
      <translation>Le MNT « {name} » contient des altitudes de {low:g} à {high:g} m, pas des altitudes en mètres (une valeur sans donnée non déclarée, ou une autre unité ?) : déclarez sa valeur sans donnée ou choisissez un MNT en mètres.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="227" />
      <source>The DEM « {path} » is damaged or truncated ({error}): choose the complete file.</source>
      <translation>Le MNT « {path} » est endommagé ou tronqué ({error}) : choisissez le fichier complet.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="133" />
      <source>The GeoPackage made by « Create a Canevas database »; its « benchmarks » layer is updated and the benchmarks are reprojected to its coordinate system.</source>
      <translation>Le GeoPackage créé par « Créer une base de données Canevas » ; sa couche « benchmarks » est mise à jour et les repères sont reprojetés dans son système de coordonnées.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="162" />
      <source>The GeoPackage to create. An existing Canevas database that holds data is never overwritten.</source>
      <translation>Le GeoPackage à créer. Une base de données Canevas existante contenant des données n'est jamais écrasée.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="236" />
      <source>The GeoPackage « {path} » cannot be created: check that the folder is writable.</source>
      <translation>Impossible de créer le GeoPackage « {path} » : vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/controlsample.py" line="32" />
      <source>The N stations determined by the contractor, as points. The layer is never modified.</source>
      <translation>Les N stations déterminées par le prestataire, sous forme de points. La couche n'est jamais modifiée.</translation>
    </message>
    <message>
      <location filename="../toolbelt/crs.py" line="127" />
      <source>The NTF→RGF93 grid could not be copied to {folder}: {error}</source>
      <translation>La grille NTF→RGF93 n'a pas pu être copiée dans {folder} : {error}</translation>
    </message>
    <message>
      <location filename="../core/systems.py" line="115" />
      <source>The NTF→RGF93 grid {path} is missing: reinstall the Canevas plugin, or choose the 3-parameter datum shift.</source>
      <translation>La grille NTF→RGF93 {path} est introuvable : réinstallez l'extension Canevas ou choisissez le changement de référentiel par translation à 3 paramètres.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="393" />
      <source>The PDF could not be moved into place ({error}): check the output path.</source>
      <translation>Le PDF n'a pas pu être mis en place ({error}) : vérifiez le chemin de sortie.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="371" />
      <source>The PDF could not be written ({error}): nothing was written. Check the output folder and the free space.</source>
      <translation>Le PDF n'a pas pu être écrit ({error}) : rien n'a été écrit. Vérifiez le dossier de sortie et l'espace libre.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="120" />
      <source>The PDF to write; with « One PDF per fiche », the folder to write into (a path ending in .pdf is used without its extension as the folder).</source>
      <translation>Le PDF à écrire ; avec « Un PDF par fiche », le dossier de destination (un chemin se terminant par .pdf est utilisé sans son extension comme dossier).</translation>
    </message>
    <message>
      <location filename="../core/reports/__init__.py" line="90" />
      <source>The Python package Jinja2 is missing ({error}): install python3-jinja2 (Debian, Ubuntu) or run « pip install jinja2 » in QGIS' Python, then restart QGIS.</source>
      <translation>Le paquet Python Jinja2 est absent ({error}) : installez python3-jinja2 (Debian, Ubuntu) ou lancez « pip install jinja2 » dans le Python de QGIS, puis redémarrez QGIS.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="77" />
      <source>The Python package ezdxf is missing ({error}): install python3-ezdxf (Debian, Ubuntu) or run « pip install ezdxf » in QGIS' Python, then restart QGIS.</source>
      <translation>Le paquet Python ezdxf est absent ({error}) : installez python3-ezdxf (Debian, Ubuntu) ou lancez « pip install ezdxf » dans le Python de QGIS, puis redémarrez QGIS.</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="438" />
      <source>The X column ({x}) and the Y column ({y}) look swapped: most points lie outside the area of use of {system} as they are, and inside it swapped. Swap the X and Y column numbers (X = east or longitude, Y = north or latitude).</source>
      <translation>La colonne X ({x}) et la colonne Y ({y}) semblent inversées : la plupart des points sont hors de la zone d'emploi de {system} tels quels, et dedans une fois inversés. Échangez les numéros des colonnes X et Y (X = est ou longitude, Y = nord ou latitude).</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="435" />
      <source>The X column ({x}) holds latitudes and the Y column ({y}) longitudes: swap the columns (X = longitude, Y = latitude).</source>
      <translation>La colonne X ({x}) contient des latitudes et la colonne Y ({y}) des longitudes : permutez les colonnes (X = longitude, Y = latitude).</translation>
    </message>
    <message>
      <location filename="../core/leveling/adjustment.py" line="149" />
      <source>The a priori σ must be a positive number of mm/√km, at most 1 000 (1 m per √km: no leveling is that poor), not {value}.</source>
      <translation>Le σ a priori doit être un nombre positif de mm/√km, au plus 1 000 (1 m par √km : aucun nivellement n'est aussi mauvais), pas {value}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="107" />
      <source>The adjustment listing: tests, residuals, heights and warnings.</source>
      <translation>Le listing de la compensation : tests, résidus, altitudes et avertissements.</translation>
    </message>
    <message>
      <location filename="../core/density/weak_spots.py" line="139" />
      <source>The benchmark matricules (field 'nom') are needed to find line gaps and triplets: choose the matricule field.</source>
      <translation>Les matricules des repères (champ « nom ») sont nécessaires pour détecter les lacunes sur les lignes et les triplets : choisissez le champ des matricules.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="337" />
      <source>The benchmarks could not be written, nothing was changed in the database: {errors}</source>
      <translation>Les repères n'ont pas pu être écrits ; rien n'a été modifié dans la base : {errors}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="446" />
      <source>The benchmarks layer cannot be read: choose a valid layer or table.</source>
      <translation>La couche des repères ne peut pas être lue : choisissez une couche ou une table valide.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_benchmarks.py" line="84" />
      <source>The benchmarks layer cannot be read: choose a valid point layer.</source>
      <translation>La couche des repères est illisible : choisissez une couche de points valide.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="211" />
      <source>The benchmarks of « {path} » are in {crs}, neither CC48 nor REN09: this database was altered; create a new one.</source>
      <translation>Les repères de « {path} » sont en {crs}, ni en CC48 ni en REN09 : cette base a été altérée ; créez-en une nouvelle.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/precisionclass.py" line="21" />
      <source>The control measurements (e.g. the field control sample), more precise than the class tested. Their CRS is the reference of the comparison; it must be projected.</source>
      <translation>Les mesures de contrôle (par ex. l'échantillon de contrôle levé sur le terrain), plus précises que la classe testée. Leur SCR sert de référence à la comparaison ; il doit être projeté.</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="445" />
      <source>The coordinates (columns {x} and {y}) do not look like {expected} but like {found}: choose the right source system, or check the X/Y columns.</source>
      <translation>Les coordonnées (colonnes {x} et {y}) ne semblent pas être en {expected} mais en {found} : choisissez le bon système source ou vérifiez les colonnes X/Y.</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="406" />
      <source>The coordinates of {side} must be numbers (or empty for a missing value).</source>
      <translation>Les coordonnées de {side} doivent être des nombres (ou vides pour une valeur manquante).</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="260" />
      <source>The coordinates of {what} look like {found}, not {expected} as declared{declared}: the CRS is wrong. Assign the right CRS to the layer (Layer properties › Source), or convert it with the Canevas conversion of the system the numbers really are in, then run again.</source>
      <translation>Les coordonnées de {what} ressemblent à du {found}, non à du {expected} comme déclaré{declared} : le SCR est faux. Attribuez le bon SCR à la couche (Propriétés de la couche › Source), ou convertissez-la avec la conversion Canevas du système où sont réellement les nombres, puis relancez.</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="257" />
      <source>The coordinates of {what} look like {found}, not {expected}: this algorithm converts {expected} only. Choose the tool for the system the layer really is in (QGIS' « Reproject layer », or the other Canevas conversion).</source>
      <translation>Les coordonnées de {what} ressemblent à du {found}, pas à du {expected} : cet algorithme ne convertit que le {expected}. Choisissez l'outil du système dans lequel la couche est réellement (« Reprojeter une couche » de QGIS, ou l'autre conversion Canevas).</translation>
    </message>
    <message>
      <location filename="../core/density/covering.py" line="41" />
      <source>The coverage could not be built from these {count} benchmarks (degenerate configuration). Please report it with the data.</source>
      <translation>La couverture n'a pas pu être construite à partir de ces {count} repères (configuration dégénérée). Signalez-le en joignant les données.</translation>
    </message>
    <message>
      <location filename="../core/density/proposals.py" line="101" />
      <source>The coverage target must be a fraction between 0 and 1 (e.g. 0.99); got {value}.</source>
      <translation>L'objectif de couverture doit être une fraction entre 0 et 1 (par ex. 0.99) ; valeur reçue : {value}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingclosures.py" line="83" />
      <source>The custom tolerance terms are ignored: a preset tolerance is chosen.</source>
      <translation>Les termes de la tolérance personnalisée sont ignorés : une tolérance prédéfinie est choisie.</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="438" />
      <source>The date « {date} » is not a date written YYYY-MM-DD (e.g. 2024-05-02): correct it, or leave it empty.</source>
      <translation>La date « {date} » n'est pas une date écrite AAAA-MM-JJ (par ex. 2024-05-02) : corrigez-la, ou laissez-la vide.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="66" />
      <source>The deviations above are measured after this transformation (translation and rotation, no scale factor).</source>
      <translation>Les écarts ci-dessus sont mesurés après cette transformation (translation et rotation, sans facteur d'échelle).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/rasterprecisionclass.py" line="152" />
      <source>The deviations alone would reach class {best:g} cm; the best class is raised to the pixel size, {min:g} cm.</source>
      <translation>Les écarts seuls atteindraient la classe {best:g} cm ; la meilleure classe est relevée à la taille de pixel, {min:g} cm.</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="169" />
      <source>The deviations must be finite and positive: compute them with the deviations step, which sets aside points with missing coordinates.</source>
      <translation>Les écarts doivent être finis et positifs : calculez-les avec l'étape de calcul des écarts, qui écarte les points dont une coordonnée manque.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="68" />
      <source>The drawing or folder « {path} » does not exist: choose an existing file or folder.</source>
      <translation>Le dessin ou dossier « {path} » n'existe pas : choisissez un fichier ou un dossier existant.</translation>
    </message>
    <message>
      <location filename="../core/dxf/drawing.py" line="91" />
      <source>The drawing's coordinates look like {found}, not {source}: check the source system (a drawing already transformed, or in another system).</source>
      <translation>Les coordonnées du dessin ressemblent à {found}, pas à {source} : vérifiez le système de départ (dessin déjà transformé, ou dans un autre système).</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="253" />
      <source>The error template is empty: give at least one threshold and its percentage.</source>
      <translation>Le gabarit d'erreurs est vide : indiquez au moins un seuil et son pourcentage.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="284" />
      <source>The error template is not met.</source>
      <translation>Le gabarit d'erreurs n'est pas respecté.</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="274" />
      <source>The error template item '{item}' is not 'threshold in cm : percentage', e.g. '5:10; 10:1; 15:0'.</source>
      <translation>L'élément « {item} » du gabarit d'erreurs n'est pas de la forme « seuil en cm : pourcentage », par ex. « 5:10; 10:1; 15:0 ».</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="205" />
      <source>The expression « {expression} » of « {parameter} » is not valid ({error}): correct it; nothing was done.</source>
      <translation>L’expression « {expression} » de « {parameter} » n’est pas valide ({error}) : corrigez-la ; rien n’a été fait.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="183" />
      <source>The extent has no CRS: its numbers cannot be placed. Draw it on the map or take it from a layer, or write its CRS after it (xmin,xmax,ymin,ymax [EPSG:3948]).</source>
      <translation>L'emprise n'a pas de SCR : ses nombres ne peuvent pas être situés. Dessinez-la sur la carte ou prenez-la d'une couche, ou écrivez son SCR à la suite (xmin,xmax,ymin,ymax [EPSG:3948]).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="193" />
      <source>The extent is empty or cannot be brought to {system}: draw or choose an extent in France.</source>
      <translation>L'emprise est vide ou ne peut pas être ramenée en {system} : dessinez ou choisissez une emprise en France.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="217" />
      <source>The extent lies outside the area where {system} can be used: choose an extent in France.</source>
      <translation>L'emprise est hors de la zone d'utilisation de {system} : choisissez une emprise en France.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/rasterprecisionclass.py" line="124" />
      <source>The extent of the image « {name} » cannot be brought to the CRS of the control points ({error}): check the CRS of the image.</source>
      <translation>L'emprise de l'image « {name} » ne peut pas être ramenée dans le SCR des points de contrôle ({error}) : vérifiez le SCR de l'image.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="115" />
      <source>The fiche layout could not be stored in the GeoPackage.</source>
      <translation>Impossible d'enregistrer la mise en page de la fiche dans le GeoPackage.</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="480" />
      <source>The field book holds no height difference between two marks: check the format ({fmt}) and that each run ends on a station or a benchmark.</source>
      <translation>Le carnet ne contient aucune dénivelée entre deux points : vérifiez le format ({fmt}) et que chaque cheminement se termine sur une station ou un repère.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importlevelingbook.py" line="67" />
      <source>The field book « {path} » does not exist: choose an existing file.</source>
      <translation>Le carnet « {path} » n'existe pas : choisissez un fichier existant.</translation>
    </message>
    <message>
      <location filename="../core/fiche.py" line="108" />
      <source>The field {field} says {value:.3f} m, the geometry Z {z:.3f} m: the Z is the height.</source>
      <translation>Le champ {field} indique {value:.3f} m, le Z de la géométrie {z:.3f} m : le Z est l'altitude.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="112" />
      <source>The field « {field} » chosen as « {parameter} » is missing from « {layer} »: choose one of its fields ({fields}).</source>
      <translation>Le champ « {field} » choisi comme « {parameter} » est absent de « {layer} » : choisissez l'un de ses champs ({fields}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="117" />
      <source>The field « {field} » chosen as « {parameter} » is of type {type}, not a number: choose a numeric field (or convert it with the field calculator).</source>
      <translation>Le champ « {field} » choisi comme « {parameter} » est de type {type}, pas un nombre : choisissez un champ numérique (ou convertissez-le avec la calculatrice de champ).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="110" />
      <source>The field « {field} » is missing from « {name} »: choose its matricule field.</source>
      <translation>Le champ « {field} » est absent de « {name} » : choisissez son champ de matricule.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_benchmarks.py" line="67" />
      <source>The field « {field} » is missing from « {name} »: choose one of its fields or leave it empty.</source>
      <translation>Le champ « {field} » est absent de « {name} » : choisissez l'un de ses champs ou laissez ce paramètre vide.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="225" />
      <source>The field « {field} » is missing from « {name} »: choose one of its fields.</source>
      <translation>Le champ « {field} » est absent de « {name} » : choisissez l'un de ses champs.</translation>
    </message>
    <message>
      <location filename="../toolbelt/points.py" line="59" />
      <source>The field « {field} » is not in the layer: choose one of its fields.</source>
      <translation>Le champ « {field} » n'est pas dans la couche : choisissez l'un de ses champs.</translation>
    </message>
    <message>
      <location filename="../toolbelt/points.py" line="62" />
      <source>The field « {field} » is of type {type}, not a number: choose a numeric field (or convert it with the field calculator).</source>
      <translation>Le champ « {field} » est de type {type}, pas un nombre : choisissez un champ numérique (ou convertissez-le avec la calculatrice de champs).</translation>
    </message>
    <message>
      <location filename="../core/fiche.py" line="188" />
      <source>The field « {field} » is required.</source>
      <translation>Le champ « {field} » est obligatoire.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_benchmarks.py" line="133" />
      <source>The field « {field} » of « {name} » is empty for every benchmark: it holds no matricule. Choose the matricule field (IGN: nom).</source>
      <translation>Le champ « {field} » de « {name} » est vide pour tous les repères : il ne contient aucun matricule. Choisissez le champ du matricule (IGN : nom).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_benchmarks.py" line="156" />
      <source>The field « {field} » of « {name} » is not a matricule: {count} benchmarks share their value with another one more than {distance:g} m away ({values}…). They would be merged into one benchmark. Choose the matricule field (IGN: nom).</source>
      <translation>Le champ « {field} » de « {name} » n’est pas un matricule : {count} repères partagent leur valeur avec un autre situé à plus de {distance:g} m ({values}…). Ils seraient fusionnés en un seul repère. Choisissez le champ du matricule (IGN : nom).</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="267" />
      <source>The file holds no point line: check the separator and the header option.</source>
      <translation>Le fichier ne contient aucune ligne de point : vérifiez le séparateur et l'option d'en-tête.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importlevelingbook.py" line="43" />
      <source>The file written by the digital level (GSI, M5) or a CSV of height differences.</source>
      <translation>Le fichier écrit par le niveau numérique (GSI, M5) ou un CSV de dénivelées.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="214" />
      <source>The filter expression « {expression} » cannot be evaluated on {key} ({error}): correct it; nothing was written.</source>
      <translation>L'expression de filtre « {expression} » ne peut pas être évaluée sur {key} ({error}) : corrigez-la ; rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="199" />
      <source>The filter expression « {expression} » uses {fields}, which « {name} » does not have: correct it; nothing was written.</source>
      <translation>L'expression de filtre « {expression} » utilise {fields}, que « {name} » n'a pas : corrigez-la ; rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="49" />
      <source>The first line that is not blank nor a comment holds column names; it is copied unchanged.</source>
      <translation>La première ligne non vide et non commentée contient les noms de colonnes ; elle est recopiée telle quelle.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="385" />
      <source>The fixed-benchmark expression « {expression} » fails on row {fid} ({error}): correct it.</source>
      <translation>L'expression des repères fixes « {expression} » échoue sur la ligne {fid} ({error}) : corrigez-la.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="487" />
      <source>The fixed-benchmark expression « {expression} » selects no benchmark of « {name} »: correct it, or leave it empty to hold every usable benchmark fixed.</source>
      <translation>L'expression des repères fixes « {expression} » ne sélectionne aucun repère de « {name} » : corrigez-la, ou laissez-la vide pour tenir fixes tous les repères utilisables.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="247" />
      <source>The flagged observation is in series with {count} other(s) ({names}): no loop separates them, so the blunder may be in any of them. Re-level these sections, or close a loop on them.</source>
      <translation>L'observation signalée est en série avec {count} autre(s) ({names}) : aucune boucle ne les sépare, la faute peut donc être dans n'importe laquelle. Renivelez ces sections, ou fermez une boucle sur elles.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="193" />
      <source>The folder « {folder} » does not exist: create it or choose another path.</source>
      <translation>Le dossier « {folder} » n'existe pas : créez-le ou choisissez un autre chemin.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="141" />
      <source>The geoid undulation must be between −{max:g} and {max:g} m (the geoid departs from the ellipsoid by at most about 110 m on Earth); {value} given.</source>
      <translation>L'ondulation du géoïde doit être comprise entre −{max:g} et {max:g} m (le géoïde s'écarte de l'ellipsoïde d'environ 110 m au plus sur la Terre) ; {value} donné.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="273" />
      <source>The grid cannot be written to {path} ({error}): choose another file.</source>
      <translation>La grille ne peut pas être écrite dans {path} ({error}) : choisissez un autre fichier.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="115" />
      <source>The grid spacing ({spacing} m) is larger than the extent ({width} × {height} m): choose a spacing smaller than the extent.</source>
      <translation>Le pas de la grille ({spacing} m) est plus grand que l'emprise ({width} × {height} m) : choisissez un pas plus petit que l'emprise.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="112" />
      <source>The grid spacing must be a positive number of metres; {value} given.</source>
      <translation>Le pas de la grille doit être un nombre positif de mètres ; {value} donné.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="204" />
      <source>The grid would have {cells} cells ({columns} × {rows}), about {size} of memory, over the bound of {max} cells ({max_size}): choose a spacing of at least {spacing} m, or a smaller extent.</source>
      <translation>La grille aurait {cells} cellules ({columns} × {rows}), environ {size} de mémoire, au-delà de la limite de {max} cellules ({max_size}) : choisissez un pas d'au moins {spacing} m, ou une emprise plus petite.</translation>
    </message>
    <message>
      <location filename="../core/fiche.py" line="258" />
      <source>The height {value} m is not a plausible IGN69 altitude (between {low:g} and {high:g} m).</source>
      <translation>L'altitude {value} m n'est pas une altitude IGN69 plausible (entre {low:g} et {high:g} m).</translation>
    </message>
    <message>
      <location filename="../core/fiche.py" line="255" />
      <source>The height « {value} » is not a number.</source>
      <translation>L'altitude « {value} » n'est pas un nombre.</translation>
    </message>
    <message>
      <location filename="../core/fiche.py" line="100" />
      <source>The height « {value} » of the field {field} is not a number: shown as missing.</source>
      <translation>L'altitude « {value} » du champ {field} n'est pas un nombre : affichée comme manquante.</translation>
    </message>
    <message>
      <location filename="../toolbelt/register_heights.py" line="153" />
      <source>The heights could not be written into the register « {path} » ({error}): the transaction was rolled back, nothing was changed.</source>
      <translation>Les altitudes n'ont pas pu être écrites dans le registre « {path} » ({error}) : la transaction a été annulée, rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="614" />
      <source>The histogram bin width must be positive; {value} given.</source>
      <translation>La largeur des classes de l'histogramme doit être positive ; {value} fourni.</translation>
    </message>
    <message>
      <location filename="../core/commonpoints.py" line="63" />
      <source>The id '{id}' appears twice in the {system} points: ids must be unique.</source>
      <translation>L'identifiant « {id} » apparaît deux fois dans les points {system} : les identifiants doivent être uniques.</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="505" />
      <source>The id '{id}' appears twice in {side}: ids must be unique.</source>
      <translation>L'identifiant « {id} » apparaît deux fois dans {side} : les identifiants doivent être uniques.</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="38" />
      <source>The id, X, Y and Z columns must be different columns.</source>
      <translation>Les colonnes identifiant, X, Y et Z doivent être des colonnes distinctes.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/rasterprecisionclass.py" line="80" />
      <source>The image cannot be read: choose a valid raster layer.</source>
      <translation>L'image est illisible : choisissez une couche raster valide.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/rasterprecisionclass.py" line="47" />
      <source>The image checked; only its pixel size is read: a class finer than the pixel size is refused (art. 8).</source>
      <translation>L'image contrôlée ; seule sa taille de pixel est lue : une classe plus fine que la taille du pixel est refusée (art. 8).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/rasterprecisionclass.py" line="132" />
      <source>The image « {name} » does not cover the digitised points (its extent {extent}; the points around {x:.1f}, {y:.1f}{crs}): choose the image the points were digitised on, or set its CRS.</source>
      <translation>L'image « {name} » ne couvre pas les points numérisés (son emprise {extent} ; les points autour de {x:.1f}, {y:.1f}{crs}) : choisissez l'image sur laquelle les points ont été numérisés, ou définissez son SCR.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/rasterprecisionclass.py" line="102" />
      <source>The image « {name} » has no CRS: its pixel size is assumed to be in metres.</source>
      <translation>L'image « {name} » n'a pas de SCR : sa taille de pixel est supposée en mètres.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/rasterprecisionclass.py" line="95" />
      <source>The image « {name} » is in a geographic CRS ({crs}): its pixel size is not in metres. Choose the image in its projected CRS.</source>
      <translation>L'image « {name} » est dans un SCR géographique ({crs}) : sa taille de pixel n'est pas en mètres. Choisissez l'image dans son SCR projeté.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/rasterprecisionclass.py" line="88" />
      <source>The image « {path} » is damaged or truncated ({error}): choose the complete file as delivered.</source>
      <translation>L'image « {path} » est endommagée ou tronquée ({error}) : choisissez le fichier complet tel que livré.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="231" />
      <source>The input layer cannot be read: choose a valid layer of IGN benchmarks.</source>
      <translation>La couche en entrée est illisible : choisissez une couche valide de repères IGN.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="126" />
      <source>The input layer cannot be read: choose a valid point layer.</source>
      <translation>La couche en entrée est illisible : choisissez une couche de points valide.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="91" />
      <source>The input layer cannot be read: choose a valid vector layer.</source>
      <translation>La couche en entrée est illisible : choisissez une couche vecteur valide.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="107" />
      <source>The input layer « {name} » has no CRS. If its coordinates are {system}, tick « Coordinates are in {system} whatever the layer's CRS ».</source>
      <translation>La couche en entrée « {name} » n'a pas de SCR. Si ses coordonnées sont en {system}, cochez « Coordonnées en {system} quel que soit le SCR de la couche ».</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="176" />
      <source>The input layer « {name} » has no CRS: set its CRS (IGN data: EPSG:4326, EPSG:2154 or RGF93) so that the benchmarks can be reprojected.</source>
      <translation>La couche en entrée « {name} » n'a pas de SCR : définissez son SCR (données IGN : EPSG:4326, EPSG:2154 ou RGF93) pour que les repères puissent être reprojetés.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="100" />
      <source>The input layer « {name} » has no geometry (all geometries are null or empty): nothing to reproject.</source>
      <translation>La couche en entrée « {name} » n'a aucune géométrie (toutes sont nulles ou vides) : rien à reprojeter.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="111" />
      <source>The input layer « {name} » is declared in {crs}, but its coordinates look like {system}: the declaration is wrong. Tick « Coordinates are in {code} whatever the layer's CRS » to convert it.</source>
      <translation>La couche en entrée « {name} » est déclarée en {crs}, mais ses coordonnées ressemblent à du {system} : la déclaration est fausse. Cochez « Coordonnées en {code} quel que soit le SCR de la couche » pour la convertir.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="115" />
      <source>The input layer « {name} » is declared in {crs}, not {system}. Use QGIS' reprojection for that system, or tick « Coordinates are in {system} whatever the layer's CRS » if the declaration is wrong.</source>
      <translation>La couche en entrée « {name} » est déclarée en {crs}, et non en {system}. Utilisez la reprojection de QGIS pour ce système, ou cochez « Coordonnées en {system} quel que soit le SCR de la couche » si la déclaration est erronée.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="96" />
      <source>The input layer « {name} » is empty: nothing to reproject.</source>
      <translation>La couche en entrée « {name} » est vide : rien à reprojeter.</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="444" />
      <source>The internal mode needs at least 2 points; {count} given. Use the total mode or add control points.</source>
      <translation>Le mode interne nécessite au moins 2 points ; {count} fourni(s). Utilisez le mode total ou ajoutez des points de contrôle.</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="363" />
      <source>The last line ({line}) of the point file looks truncated ({reason}) and the file does not end with a line ending: the file was probably cut while being copied; nothing was written. Copy the whole file again; if it is complete, end its last line with a line ending and run again.</source>
      <translation>La dernière ligne ({line}) du fichier de points semble tronquée ({reason}) et le fichier ne se termine pas par une fin de ligne : il a probablement été coupé pendant sa copie ; rien n'a été écrit. Copiez à nouveau le fichier entier ; s'il est complet, terminez sa dernière ligne par une fin de ligne et relancez.</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_editing.py" line="279" />
      <source>The layer refused the value of « {} ».</source>
      <translation>La couche a refusé la valeur de « {} ».</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="176" />
      <source>The layer « {label} » cannot be read: choose a valid point layer.</source>
      <translation>La couche « {label} » est illisible : choisissez une couche de points valide.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="298" />
      <source>The layer « {table} » of « {path} » cannot be opened by QGIS.</source>
      <translation>QGIS ne parvient pas à ouvrir la couche « {table} » de « {path} ».</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="98" />
      <source>The layer « {table} » of « {path} » lacks the field(s) {fields}: it is not a Canevas database (or it was altered).</source>
      <translation>Il manque à la couche « {table} » de « {path} » le(s) champ(s) {fields} : ce n'est pas une base de données Canevas (ou elle a été altérée).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="340" />
      <source>The layout template could not be loaded by QGIS: choose a .qpt file saved by QGIS.</source>
      <translation>QGIS n'a pas pu charger le modèle de mise en page : choisissez un fichier .qpt enregistré par QGIS.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="169" />
      <source>The layout template « {path} » cannot be read ({error}): choose a .qpt file saved by QGIS.</source>
      <translation>Le modèle de mise en page « {path} » ne peut pas être lu ({error}) : choisissez un fichier .qpt enregistré par QGIS.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="172" />
      <source>The layout template « {path} » cannot be read as text (damaged, or not a layout template: not UTF-8 from byte {position}): choose a .qpt file saved by QGIS.</source>
      <translation>Le modèle de mise en page « {path} » ne peut pas être lu comme du texte (endommagé, ou pas un modèle de mise en page : pas de l'UTF-8 à partir de l'octet {position}) : choisissez un fichier .qpt enregistré par QGIS.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="164" />
      <source>The layout template « {path} » does not exist: choose a .qpt file saved by QGIS, or leave the template empty for the plugin's own.</source>
      <translation>Le modèle de mise en page « {path} » n'existe pas : choisissez un fichier .qpt enregistré par QGIS, ou laissez le modèle vide pour celui de l'extension.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="182" />
      <source>The layout template « {path} » holds no item: it would print blank pages. Choose a .qpt file saved by QGIS.</source>
      <translation>Le modèle de mise en page « {path} » ne contient aucun élément : il imprimerait des pages blanches. Choisissez un fichier .qpt enregistré par QGIS.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="186" />
      <source>The layout template « {path} » prints {printed} fiches, but « {name} » holds {held}: choose a {kind_word} template, or leave the template empty for the plugin's own.</source>
      <translation>Le modèle de mise en page « {path} » imprime des fiches de {printed}, mais « {name} » contient des {held} : choisissez un modèle de {kind_word}, ou laissez le modèle vide pour celui de l'extension.</translation>
    </message>
    <message>
      <location filename="../core/shapely_support.py" line="57" />
      <source>The leveling network tools need shapely 2 or later; QGIS' Python has shapely {found}. {hint}</source>
      <translation>Les outils du réseau de nivellement demandent shapely 2 ou plus récent ; le Python de QGIS a shapely {found}. {hint}</translation>
    </message>
    <message>
      <location filename="../core/shapely_support.py" line="53" />
      <source>The leveling network tools need the Python package shapely 2 in QGIS' Python, and it is not installed. {hint}</source>
      <translation>Les outils du réseau de nivellement demandent le paquet Python shapely 2 dans le Python de QGIS, et il n'est pas installé. {hint}</translation>
    </message>
    <message>
      <location filename="../core/density/proposals.py" line="104" />
      <source>The leveling rate must be a positive number of km per day (e.g. 6); got {value}.</source>
      <translation>La cadence de nivellement doit être un nombre positif de km par jour (par ex. 6) ; valeur reçue : {value}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingclosures.py" line="71" />
      <source>The listing of the closures (runs, loops, open runs) with the tolerance and its source.</source>
      <translation>Le listing des fermetures (cheminements, boucles, cheminements ouverts) avec la tolérance et sa source.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="70" />
      <source>The matricule ranges table cannot be read: choose a valid table.</source>
      <translation>La table des plages de matricules est illisible : choisissez une table valide.</translation>
    </message>
    <message>
      <location filename="../core/fiche.py" line="193" />
      <source>The matricule {matricule} is already used by another station: matricules are unique across the whole database.</source>
      <translation>Le matricule {matricule} est déjà utilisé par une autre station : les matricules sont uniques dans toute la base.</translation>
    </message>
    <message>
      <location filename="../core/fiche.py" line="198" />
      <source>The matricule {matricule} is outside the ranges allocated to {contractor}: ask the SIG service for a range.</source>
      <translation>Le matricule {matricule} est hors des plages de matricules attribuées à {contractor} : demandez une plage au service SIG.</translation>
    </message>
    <message>
      <location filename="../core/density/checks.py" line="47" />
      <source>The minimum number of benchmarks must be a whole number ≥ 1 (2 to tie onto two benchmarks); got {value}.</source>
      <translation>Le nombre minimal de repères doit être un entier ≥ 1 (2 pour un rattachement sur deux repères) ; valeur reçue : {value}.</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="425" />
      <source>The mode must be 'total' or 'internal'; '{mode}' given.</source>
      <translation>Le mode doit être « total » ou « interne » ; « {mode} » fourni.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="28" />
      <source>The network has no loop.</source>
      <translation>Le réseau n'a pas de boucle.</translation>
    </message>
    <message>
      <location filename="../core/leveling/solver.py" line="99" />
      <source>The normal equations of the network cannot be solved ({error}): the weights span too many orders of magnitude, or a value is not finite. Check the distances and set-ups of the observations.</source>
      <translation>Les équations normales du réseau ne peuvent pas être résolues ({error}) : les poids s'étendent sur trop d'ordres de grandeur, ou une valeur n'est pas un nombre fini. Vérifiez les distances et les nombres de stations de niveau des observations.</translation>
    </message>
    <message>
      <location filename="../core/leveling/solver.py" line="105" />
      <source>The normal equations of the network could not be solved accurately: the weights span too many orders of magnitude, or a value is not finite. Check the shortest and longest distances of the observations.</source>
      <translation>Les équations normales du réseau n'ont pas pu être résolues avec précision : les poids s'étendent sur trop d'ordres de grandeur, ou une valeur n'est pas un nombre fini. Vérifiez les distances les plus courtes et les plus longues des observations.</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="89" />
      <source>The number of coordinates tested must be 1 (height), 2 (plan) or 3 (3D); {n} given.</source>
      <translation>Le nombre de coordonnées testées doit être 1 (altimétrie), 2 (planimétrie) ou 3 (3D) ; {n} fourni.</translation>
    </message>
    <message>
      <location filename="../core/density/checks.py" line="50" />
      <source>The number of segments per quarter circle must be a whole number ≥ 2; got {value}.</source>
      <translation>Le nombre de segments par quart de cercle doit être un entier ≥ 2 ; valeur reçue : {value}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="267" />
      <source>The observations table cannot be read: choose a valid table or layer.</source>
      <translation>La table des observations ne peut pas être lue : choisissez une table ou une couche valide.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="53" />
      <source>The offending stations with all their fields and a « probleme » field: duplicate matricule, outside any range, or no matricule.</source>
      <translation>Les stations en défaut, avec tous leurs champs et un champ « probleme » : matricule en double, hors de toute plage ou absent.</translation>
    </message>
    <message>
      <location filename="../core/dxf/files.py" line="372" />
      <source>The output folder {path} is inside the input folder {input}: choose a folder outside it, so that the drawings are never replaced nor read twice.</source>
      <translation>Le dossier de sortie {path} est dans le dossier d'entrée {input} : choisissez un dossier hors de celui-ci, pour que les dessins ne soient jamais remplacés ni lus deux fois.</translation>
    </message>
    <message>
      <location filename="../core/dxf/files.py" line="368" />
      <source>The output folder {path} is the input's folder: the drawing would be replaced. Choose another folder.</source>
      <translation>Le dossier de sortie {path} est celui de l'entrée : le dessin serait remplacé. Choisissez un autre dossier.</translation>
    </message>
    <message>
      <location filename="../core/textfile.py" line="92" />
      <source>The output folder « {folder} » cannot be written ({reason}): choose a folder you can write to.</source>
      <translation>Le dossier de sortie « {folder} » n'est pas accessible en écriture ({reason}) : choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="431" />
      <source>The output layer cannot be created: check the output path.</source>
      <translation>Impossible de créer la couche en sortie : vérifiez le chemin de sortie.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="289" />
      <source>The output points layer cannot be created: check the output path.</source>
      <translation>Impossible de créer la couche de points en sortie : vérifiez le chemin de sortie.</translation>
    </message>
    <message>
      <location filename="../core/dxf/files.py" line="365" />
      <source>The output {path} is a file: choose a folder.</source>
      <translation>La sortie {path} est un fichier : choisissez un dossier.</translation>
    </message>
    <message>
      <location filename="../core/dxf/files.py" line="244" />
      <source>The output {path} is the input file: choose another output folder.</source>
      <translation>La sortie {path} est le fichier d'entrée : choisissez un autre dossier de sortie.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/benchmarkgaps.py" line="127" />
      <source>The output « {key} » cannot be created: check its path.</source>
      <translation>Impossible de créer la sortie « {key} » : vérifiez son chemin.</translation>
    </message>
    <message>
      <location filename="../processing_provider/outputs.py" line="122" />
      <source>The output « {output} » ({path}) already exists and is not a GeoPackage written by a previous run (a folder, another kind of file or a damaged database): Canevas never replaces it. Choose a new file name.</source>
      <translation>La sortie « {output} » ({path}) existe déjà et n'est pas un GeoPackage écrit par une exécution précédente (un dossier, un autre type de fichier ou une base endommagée) : Canevas ne la remplace jamais. Choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
      <location filename="../processing_provider/outputs.py" line="118" />
      <source>The output « {output} » ({path}) is a GeoPackage holding other layers ({layers}): Canevas never replaces it. Choose a new file name.</source>
      <translation>La sortie « {output} » ({path}) est un GeoPackage qui contient d'autres couches ({layers}) : Canevas ne le remplace jamais. Choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
      <location filename="../processing_provider/outputs.py" line="114" />
      <source>The output « {output} » ({path}) is the input file: choose another output so that the input is kept.</source>
      <translation>La sortie « {output} » ({path}) est le fichier d'entrée : choisissez une autre sortie pour que l'entrée soit conservée.</translation>
    </message>
    <message>
      <location filename="../processing_provider/output_folders.py" line="29" />
      <source>The output « {output} » cannot be written: its folder « {folder} » does not exist. Create it or choose another folder.</source>
      <translation>Impossible d'écrire la sortie « {output} » : son dossier « {folder} » n'existe pas. Créez-le ou choisissez un autre dossier.</translation>
    </message>
    <message>
      <location filename="../processing_provider/output_folders.py" line="31" />
      <source>The output « {output} » cannot be written: « {blocker} » is a file, not a folder. Choose another folder.</source>
      <translation>Impossible d'écrire la sortie « {output} » : « {blocker} » est un fichier, pas un dossier. Choisissez un autre dossier.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="175" />
      <source>The output « {output} » is the register to update ({path}): choose another file, so that the register is changed by the update only.</source>
      <translation>La sortie « {output} » est le registre à mettre à jour ({path}) : choisissez un autre fichier, pour que le registre ne soit modifié que par la mise à jour.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/rasterprecisionclass.py" line="107" />
      <source>The pixel size of the image « {name} » cannot be read: choose a georeferenced raster.</source>
      <translation>La taille de pixel de l'image « {name} » est illisible : choisissez un raster géoréférencé.</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="511" />
      <source>The point '{id}' of {side} has {found} coordinates where the others have {count}.</source>
      <translation>Le point « {id} » de {side} a {found} coordonnées alors que les autres en ont {count}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="91" />
      <source>The point file « {path} » does not exist: choose an existing file.</source>
      <translation>Le fichier de points « {path} » n'existe pas : choisissez un fichier existant.</translation>
    </message>
    <message>
      <location filename="../core/fit.py" line="60" />
      <source>The points are all at the same place: no rotation can be fitted.</source>
      <translation>Les points sont tous au même endroit : aucune rotation ne peut être ajustée.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/precisionclass.py" line="14" />
      <source>The points delivered (canevas stations, survey details...), as point geometries. They are brought to the CRS of the control layer when theirs differs.</source>
      <translation>Les points livrés (stations de canevas, détails levés…), en géométrie ponctuelle. Ils sont ramenés dans le SCR de la couche de contrôle si le leur diffère.</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="411" />
      <source>The points of {side} must have {n} coordinate(s) each, or X, Y and Z.</source>
      <translation>Les points de {side} doivent avoir {n} coordonnée(s) chacun, ou X, Y et Z.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="210" />
      <source>The points output would hold {cells} points (at most {max}): choose a spacing of at least {spacing} m, a smaller extent, or leave the points output out (the grid alone has no such bound).</source>
      <translation>La sortie de points contiendrait {cells} points ({max} au plus) : choisissez un pas d'au moins {spacing} m, une emprise plus petite, ou ne demandez pas la sortie de points (la grille seule n'a pas cette limite).</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="96" />
      <source>The precision class must be a positive number of centimetres; {value} given.</source>
      <translation>La classe de précision doit être un nombre positif de centimètres ; {value} fourni.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="312" />
      <source>The proposals leave some study area below 99 % covered.</source>
      <translation>Malgré les propositions, au moins une zone d'étude reste couverte à moins de 99 %.</translation>
    </message>
    <message>
      <location filename="../core/density/checks.py" line="44" />
      <source>The radius must be a positive distance in metres (e.g. 1000 or 500); got {value}.</source>
      <translation>Le rayon doit être une distance positive en mètres (par ex. 1000 ou 500) ; valeur reçue : {value}.</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="353" />
      <source>The range of « {prestataire} » has no {what} matricule: fill it.</source>
      <translation>La plage de matricules de « {prestataire} » n'a pas de matricule « {what} » : renseignez-le.</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="373" />
      <source>The range of « {prestataire} » mixes the prefixes « {a} » and « {b} »: one range has one prefix.</source>
      <translation>La plage de matricules de « {prestataire} » mélange les préfixes « {a} » et « {b} » : une plage n'a qu'un seul préfixe.</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="326" />
      <source>The range of « {prestataire} » starts after its end ({first} &gt; {last}): swap first and last.</source>
      <translation>La plage de matricules de « {prestataire} » commence après sa fin ({first} &gt; {last}) : intervertissez le premier et le dernier matricule.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="99" />
      <source>The ranges table « {name} » holds no range: record the ranges handed out to the contractors first.</source>
      <translation>La table des plages « {name} » ne contient aucune plage : enregistrez d'abord les plages attribuées aux prestataires.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="75" />
      <source>The ranges table « {name} » lacks the field(s) {fields}: it needs prestataire, first and last, like the « matricule_ranges » table of a Canevas database.</source>
      <translation>Il manque à la table des plages « {name} » le(s) champ(s) {fields} : elle doit contenir prestataire, first et last, comme la table « matricule_ranges » d'une base de données Canevas.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="190" />
      <source>The ranges {a} and {b} overlap.</source>
      <translation>Les plages {a} et {b} se chevauchent.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="181" />
      <source>The register can only be in {cc48} or in {ren09}, not in {crs}: choose one of these two systems.</source>
      <translation>Le registre ne peut être qu'en {cc48} ou en {ren09}, pas en {crs} : choisissez l'un de ces deux systèmes.</translation>
    </message>
    <message>
      <location filename="../toolbelt/register_heights.py" line="135" />
      <source>The register « {path} » cannot be opened for writing (read-only file, or open elsewhere?): nothing was written.</source>
      <translation>Le registre « {path} » ne peut pas être ouvert en écriture (fichier en lecture seule, ou ouvert ailleurs ?) : rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../toolbelt/register_heights.py" line="37" />
      <source>The register « {path} » does not exist: choose the GeoPackage made by « Create a Canevas database ».</source>
      <translation>Le registre « {path} » n'existe pas : choisissez le GeoPackage créé par « Créer une base de données Canevas ».</translation>
    </message>
    <message>
      <location filename="../toolbelt/register_heights.py" line="93" />
      <source>The register « {path} » holds the matricule(s) {ids} on more than one station: give each station its own matricule (« Check station matricules »), then run again. Nothing was written.</source>
      <translation>Le registre « {path} » porte le(s) matricule(s) {ids} sur plus d'une station : donnez à chaque station son propre matricule (« Contrôler les matricules des stations »), puis relancez. Rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../toolbelt/register_heights.py" line="34" />
      <source>The register « {path} » is a folder: choose the GeoPackage file made by « Create a Canevas database ».</source>
      <translation>Le registre « {path} » est un dossier : choisissez le fichier GeoPackage créé par « Créer une base de données Canevas ».</translation>
    </message>
    <message>
      <location filename="../toolbelt/register_heights.py" line="60" />
      <source>The register « {path} » is damaged or truncated ({error}): nothing was read nor written. Restore it from a backup, then run again.</source>
      <translation>Le registre « {path} » est endommagé ou tronqué ({error}) : rien n'a été lu ni écrit. Restaurez-le depuis une sauvegarde, puis relancez.</translation>
    </message>
    <message>
      <location filename="../toolbelt/register_heights.py" line="42" />
      <source>The register « {path} » is empty (0 bytes): choose the GeoPackage made by « Create a Canevas database », or restore it from a backup.</source>
      <translation>Le registre « {path} » est vide (0 octet) : choisissez le GeoPackage créé par « Créer une base de données Canevas », ou restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="409" />
      <source>The rejected rows could not be written to « {dest} » ({error}): nothing was written in the database.</source>
      <translation>Les lignes rejetées n’ont pas pu être écrites dans « {dest} » ({error}) : rien n’a été écrit dans la base.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="398" />
      <source>The rejected rows output cannot be created: check its path; nothing was written in the database.</source>
      <translation>La sortie des lignes rejetées ne peut pas être créée : vérifiez son chemin ; rien n’a été écrit dans la base.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="200" />
      <source>The rejected rows output « {dest} » is the Canevas database itself: it would replace the register. Choose another file; nothing was written.</source>
      <translation>La sortie des lignes rejetées « {dest} » est la base Canevas elle-même : elle remplacerait le registre. Choisissez un autre fichier ; rien n’a été écrit.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="204" />
      <source>The rejected rows output « {dest} » is the input file: it would destroy the IGN data. Choose another file; nothing was written.</source>
      <translation>La sortie des lignes rejetées « {dest} » est le fichier d’entrée : elle détruirait les données IGN. Choisissez un autre fichier ; rien n’a été écrit.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="344" />
      <source>The report cannot be written to {path} ({error}): choose another file.</source>
      <translation>Impossible d'écrire le rapport dans {path} ({error}) : choisissez un autre fichier.</translation>
    </message>
    <message>
      <location filename="../core/reports/__init__.py" line="122" />
      <source>The report « {path} » cannot be written in the folder « {folder} » ({error}): choose a folder you can write to.</source>
      <translation>Impossible d'écrire le rapport « {path} » dans le dossier « {folder} » ({error}) : choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="61" />
      <source>The safety coefficient C must be at least 2 (the control measurements must be at least twice as precise as the class tested); {value} given.</source>
      <translation>Le coefficient de sécurité C doit valoir au moins 2 (les mesures de contrôle doivent être au moins deux fois plus précises que la classe testée) ; {value} fourni.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/rasterprecisionclass.py" line="42" />
      <source>The same details digitised on the image. They are brought to the CRS of the control layer when theirs differs.</source>
      <translation>Les mêmes détails numérisés sur l'image. Ils sont ramenés dans le SCR de la couche de contrôle si le leur diffère.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/controlsample.py" line="68" />
      <source>The sample size {size} is larger than the {count} station(s): every station is kept.</source>
      <translation>La taille d'échantillon {size} dépasse le nombre de stations ({count}) : toutes les stations sont retenues.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="71" />
      <source>The source and target systems are the same ({system}): choose another target.</source>
      <translation>Les systèmes source et cible sont identiques ({system}) : choisissez une autre cible.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="354" />
      <source>The station(s) {ids} of the register have no position, so their height cannot be written: give them their position first. Nothing was written.</source>
      <translation>La ou les stations {ids} du registre n'ont pas de position, leur altitude ne peut donc pas être écrite : donnez-leur d'abord leur position. Rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/controlsample.py" line="43" />
      <source>The stations drawn, with all their fields, to be measured in the field.</source>
      <translation>Les stations tirées, avec tous leurs champs, à mesurer sur le terrain.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="106" />
      <source>The stations layer cannot be read: choose a valid layer.</source>
      <translation>La couche des stations est illisible : choisissez une couche valide.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/controlsample.py" line="50" />
      <source>The stations layer cannot be read: choose a valid point layer.</source>
      <translation>La couche des stations est illisible : choisissez une couche de points valide.</translation>
    </message>
    <message>
      <location filename="../toolbelt/register_heights.py" line="71" />
      <source>The stations of the register « {path} » cannot be opened.</source>
      <translation>Les stations du registre « {path} » ne peuvent pas être ouvertes.</translation>
    </message>
    <message>
      <location filename="../core/density/areas.py" line="262" />
      <source>The study area '{name}' has no surface: check its geometry (it must be a polygon).</source>
      <translation>La zone d'étude « {name} » n'a pas de surface : vérifiez sa géométrie (ce doit être un polygone).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="161" />
      <source>The study area layer cannot be read: choose a valid polygon layer or leave it empty.</source>
      <translation>La couche de la zone d'étude ne peut pas être lue : choisissez une couche de polygones valide ou laissez-la vide.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="193" />
      <source>The study area layer « {name} » holds no polygon: choose another layer or leave it empty.</source>
      <translation>La couche des zones d'étude « {name} » ne contient aucun polygone : choisissez une autre couche ou laissez ce paramètre vide.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="203" />
      <source>The study area layer « {name} » is not a polygon layer ({type}): choose polygons (communes, zones) or leave it empty.</source>
      <translation>La couche de la zone d'étude « {name} » n'est pas une couche de polygones ({type}) : choisissez des polygones (communes, zones) ou laissez-la vide.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="138" />
      <source>The study area minus the covered zones: where new benchmarks are needed, with area (m²).</source>
      <translation>La zone d'étude privée des zones couvertes : là où de nouveaux repères sont nécessaires, avec la surface (m²).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="327" />
      <source>The style of « {table} » cannot be saved in the GeoPackage ({error}).</source>
      <translation>Impossible d'enregistrer le style de « {table} » dans le GeoPackage ({error}).</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="527" />
      <source>The supplied points have {found} coordinates and the control points {count}.</source>
      <translation>Les points fournis ont {found} coordonnées et les points de contrôle {count}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="401" />
      <source>The tested and the control points are the same layer (« {name} »): the deviations say nothing of its precision. Choose the control measurements as the control layer.</source>
      <translation>Les points testés et les points de contrôle sont la même couche (« {name} ») : les écarts ne disent rien de sa précision. Choisissez les mesures de contrôle comme couche de contrôle.</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="257" />
      <source>The threshold {value} m appears twice in the error template.</source>
      <translation>Le seuil {value} m apparaît deux fois dans le gabarit d'erreurs.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/benchmarkgaps.py" line="110" />
      <source>The triplet field « {triplets} » names {count} matricule(s) (e.g. « {example} ») and none of them is a value of the matricule field « {field} »: that field does not hold the matricules the triplets use. Choose the matricule field (IGN: nom).</source>
      <translation>Le champ des triplets « {triplets} » cite {count} matricule(s) (par exemple « {example} ») et aucun n'est une valeur du champ du matricule « {field} » : ce champ ne contient pas les matricules qu'utilisent les triplets. Choisissez le champ du matricule (IGN : nom).</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="419" />
      <source>The turning point ids « {pattern} » are not a valid regular expression ({error}): correct it (default: ^\d+$, digits only), or leave it empty so that every point ends a section.</source>
      <translation>Les identifiants de points de changement « {pattern} » ne sont pas une expression régulière valide ({error}) : corrigez-la (par défaut : ^\d+$, chiffres seuls), ou laissez-la vide pour que chaque point termine une section.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/benchmarkgaps.py" line="60" />
      <source>The weak spots need the benchmark matricules (leveling lines, triplets) and « {name} » has no field « nom » or « matricule »: choose its matricule field.</source>
      <translation>Les points faibles demandent les matricules des repères (lignes de nivellement, triplets) et « {name} » n’a pas de champ « nom » ni « matricule » : choisissez son champ de matricule.</translation>
    </message>
    <message>
      <location filename="../core/leveling/adjustment.py" line="270" />
      <source>The weights of the observations span more than 12 orders of magnitude ({a} → {b}: σ {sa:.3g} mm; {c} → {d}: σ {sb:.3g} mm): the heights would lose the millimetre. Check their distances and set-ups, or weight equally.</source>
      <translation>Les poids des observations s'étendent sur plus de 12 ordres de grandeur ({a} → {b} : σ {sa:.3g} mm ; {c} → {d} : σ {sb:.3g} mm) : les altitudes perdraient le millimètre. Vérifiez leurs distances et leurs nombres de stations de niveau, ou pondérez également.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_benchmarks.py" line="44" />
      <source>The working CRS {crs} is geographic: distances in metres need a projected CRS such as RGF93 / CC48 (EPSG:3948).</source>
      <translation>Le SCR de travail {crs} est géographique : des distances en mètres nécessitent un SCR projeté tel que RGF93 / CC48 (EPSG:3948).</translation>
    </message>
    <message>
      <location filename="../core/dxf/files.py" line="324" />
      <source>The written file {path} cannot be read back ({detail}): transform the drawing again; if it fails again, report it with the drawing.</source>
      <translation>Le fichier écrit {path} ne peut pas être relu ({detail}) : transformez de nouveau le dessin ; si l'échec se répète, signalez-le avec le dessin.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="61" />
      <source>The {count} largest deviations</source>
      <translation>Les {count} plus grands écarts</translation>
    </message>
    <message>
      <location filename="../core/commonpoints.py" line="82" />
      <source>The {label} coordinates look like {found}: check the layers and fields.</source>
      <translation>Les coordonnées {label} semblent être en {found} : vérifiez les couches et les champs.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="92" />
      <source>The {side} layer cannot be read: choose a valid layer.</source>
      <translation>La couche {side} est illisible : choisissez une couche valide.</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="357" />
      <source>The {what} matricule of the range of « {prestataire} » is {value}, not a whole number.</source>
      <translation>Le matricule « {what} » de la plage de « {prestataire} » vaut {value}, ce n'est pas un nombre entier.</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="365" />
      <source>The {what} matricule of the range of « {prestataire} » is « {value} », which does not end with a number.</source>
      <translation>Le matricule « {what} » de la plage de « {prestataire} » est « {value} », qui ne se termine pas par un numéro.</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="432" />
      <source>There must be one id per point: {ids} ids for {count} points.</source>
      <translation>Il faut un identifiant par point : {ids} identifiants pour {count} points.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="130" />
      <source>This weighting needs the {what} of every observation: choose its field, or weight otherwise.</source>
      <translation>Cette pondération demande {what} de chaque observation : choisissez son champ, ou pondérez autrement.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="136" />
      <source>This weighting needs the {what} of every observation; row(s) {rows} lack it (or it is 0): fill them, or weight otherwise.</source>
      <translation>Cette pondération demande {what} de chaque observation ; la ou les lignes {rows} ne l'ont pas (ou elle vaut 0) : complétez-les, ou pondérez autrement.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="48" />
      <source>Threshold (cm)</source>
      <translation>Seuil (cm)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="131" />
      <source>Threshold 1.5·T (m)</source>
      <translation>Seuil 1,5·T (m)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="131" />
      <source>Threshold T (m)</source>
      <translation>Seuil T (m)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="47" />
      <source>Tick for numbers written with a decimal comma, as French spreadsheets do.</source>
      <translation>Cochez pour des nombres écrits avec une virgule décimale, comme dans les tableurs français.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="36" />
      <source>Tick when the layer has no CRS or a wrong one but its numbers are {}. The coordinates are still checked: numbers that look like another system stop the algorithm.</source>
      <translation>Cochez si la couche n'a pas de SCR, ou un SCR erroné, alors que ses coordonnées sont en {}. Les coordonnées restent contrôlées : des valeurs qui semblent relever d'un autre système arrêtent l'algorithme.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="137" />
      <source>Ticked: rows whose domaine is not « nivf » (geodetic points, other networks) are rejected. Unticked: every row with a matricule and an altitude is imported.</source>
      <translation>Coché : les lignes dont le domaine n'est pas « nivf » (points géodésiques, autres réseaux) sont rejetées. Décoché : toute ligne ayant un matricule et une altitude est importée.</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="79" />
      <source>Tie point</source>
      <translation>Point de rattachement</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="195" />
      <source>Ties (rattachements)</source>
      <translation>Rattachements</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="83" />
      <source>To</source>
      <translation>Vers</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/density.html" line="19" />
      <source>To densify (km²)</source>
      <translation>À densifier (km²)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="36" />
      <source>To field</source>
      <translation>Champ du point d'arrivée</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/dxf.html" line="19" />
      <source>Tolerance (mm)</source>
      <translation>Tolérance (mm)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingclosures.py" line="59" />
      <source>Tolerance of a closure in mm = constant + a·√K (K in km) + b·√n (n set-ups). The French regulation in force (arrêté du 16 septembre 2003) sets no closure tolerance: the preset is the practice the 2013 study reports for Rennes; take a contract's figure as a custom one.</source>
      <translation>Tolérance d'une fermeture en mm = constante + a·√K (K en km) + b·√n (n stations de niveau). La réglementation française en vigueur (arrêté du 16 septembre 2003) ne fixe aucune tolérance de fermeture : le préréglage est la pratique rapportée par l'étude de 2013 pour Rennes ; saisissez le chiffre d'un marché comme tolérance personnalisée.</translation>
    </message>
    <message>
      <location filename="../core/leveling/report.py" line="18" />
      <source>Tolerance: {constant} mm + {per_km} mm·√K + {per_setup} mm·√n ({label})</source>
      <translation>Tolérance : {constant} mm + {per_km} mm·√K + {per_setup} mm·√n ({label})</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="46" />
      <source>Total: deviations as measured</source>
      <translation>Total : écarts tels que mesurés</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="95" />
      <source>Total: the deviations as measured, including the tie to the legal network. Internal: after the most favourable translation and rotation of the tested points onto the control points (no scale), i.e. the consistency of the points among themselves.</source>
      <translation>Total : les écarts tels que mesurés, rattachement au réseau légal compris. Interne : après la translation et la rotation des points testés sur les points de contrôle les plus favorables (sans facteur d'échelle), c'est-à-dire la cohérence des points entre eux.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="26" />
      <source>Transform DXF drawings</source>
      <translation>Transformer des dessins DXF</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="23" />
      <source>Transform a point file (CSV/TXT)</source>
      <translation>Transformer un fichier de points (CSV/TXT)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="71" />
      <source>Transformed point file</source>
      <translation>Fichier de points transformé</translation>
    </message>
    <message>
      <location filename="../core/reports/precision.py" line="175" />
      <source>Translation of the supplied points: dX = {tx:+.4f} m, dY = {ty:+.4f} m, dZ = {tz:+.4f} m; rotation {rot:.5f} gon about the axis {axis} through their centroid.</source>
      <translation>Translation des points fournis : dX = {tx:+.4f} m, dY = {ty:+.4f} m, dZ = {tz:+.4f} m ; rotation de {rot:.5f} gon autour de l'axe {axis} passant par leur centre de gravité.</translation>
    </message>
    <message>
      <location filename="../core/reports/precision.py" line="170" />
      <source>Translation of the supplied points: dX = {tx:+.4f} m, dY = {ty:+.4f} m; rotation {rot:+.5f} gon (counter-clockwise) about their centroid (X = {cx:.3f}, Y = {cy:.3f}).</source>
      <translation>Translation des points fournis : dX = {tx:+.4f} m, dY = {ty:+.4f} m ; rotation de {rot:+.5f} gon (sens trigonométrique) autour de leur centre de gravité (X = {cx:.3f}, Y = {cy:.3f}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importlevelingbook.py" line="26" />
      <source>Trimble DiNi (M5)</source>
      <translation>Trimble DiNi (M5)</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="209" />
      <source>Triplet</source>
      <translation>Triplet</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" line="90" />
      <source>Triplet field</source>
      <translation>Champ du triplet</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="88" />
      <source>Triplet members</source>
      <translation>Membres de triplets</translation>
    </message>
    <message>
      <location filename="../core/reports/density.py" line="122" />
      <source>Triplet members only</source>
      <translation>Membres de triplets uniquement</translation>
    </message>
    <message>
      <location filename="../core/density/weak_spots.py" line="116" />
      <source>Triplet {members}: {members_bad} cannot be used; the triplet cannot check its own stability.</source>
      <translation>Triplet {members} : {members_bad} inutilisable(s) ; le triplet ne peut pas contrôler sa propre stabilité.</translation>
    </message>
    <message>
      <location filename="../core/density/weak_spots.py" line="109" />
      <source>Triplet {members}: {missing} not found in the data (destroyed marks are not published); the triplet is incomplete.</source>
      <translation>Triplet {members} : {missing} absent(s) des données (les repères détruits ne sont pas publiés) ; le triplet est incomplet.</translation>
    </message>
    <message>
      <location filename="../core/density/weak_spots.py" line="104" />
      <source>Triplet {members}: {unplaced} is in the data without a position; give it its position to check the triplet.</source>
      <translation>Triplet {members} : {unplaced} figure dans les données sans position ; donnez-lui sa position pour contrôler le triplet.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/benchmarkgaps.py" line="47" />
      <source>Triplets with a member missing from the data or in an unusable state, at the centre of the members found.</source>
      <translation>Triplets dont un membre est absent des données ou dans un état inutilisable, placés au centre des membres trouvés.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importlevelingbook.py" line="48" />
      <source>Turning point ids (regular expression)</source>
      <translation>Identifiants des points de changement (expression régulière)</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="71" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="78" />
      <source>Type of altitude</source>
      <translation>Type d'altitude</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="104" />
      <source>Type of mark</source>
      <translation>Type de repère</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="172" />
      <source>Typed values kept</source>
      <translation>Valeurs saisies conservées</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="464" />
      <source>Unknown field-book format '{fmt}': choose one of {formats}.</source>
      <translation>Format de carnet inconnu '{fmt}' : choisissez parmi {formats}.</translation>
    </message>
    <message>
      <location filename="../core/density/proposals.py" line="459" />
      <source>Unknown proposal method '{value}': use best, milp, greedy or fill.</source>
      <translation>Méthode de proposition inconnue « {value} » : utilisez best, milp, greedy ou fill.</translation>
    </message>
    <message>
      <location filename="../core/leveling/adjustment.py" line="169" />
      <source>Unknown weighting {value}: 0 = distance, 1 = set-ups, 2 = equal.</source>
      <translation>Pondération inconnue {value} : 0 = distance, 1 = stations, 2 = égale.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="79" />
      <source>Unmatched ids (not tested)</source>
      <translation>Identifiants non appariés (non testés)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="47" />
      <source>Unticked (default): an output folder that already holds one of the drawings stops the run before anything is written.</source>
      <translation>Décoché (par défaut) : un dossier de sortie qui contient déjà l'un des dessins arrête le traitement avant toute écriture.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importlevelingbook.py" line="57" />
      <source>Unticked (default): any bad line stops the algorithm and nothing is written. Ticked: bad lines are left out and listed in the log.</source>
      <translation>Décoché (par défaut) : toute ligne erronée arrête l'algorithme et rien n'est écrit. Coché : les lignes erronées sont omises et listées dans le journal.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="68" />
      <source>Unticked (default): any bad line stops the algorithm and nothing is written. Ticked: bad lines are left out of the output and listed in the log.</source>
      <translation>Décoché (par défaut) : toute ligne incorrecte arrête l'algorithme et rien n'est écrit. Coché : les lignes incorrectes sont omises en sortie et listées dans le journal.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="115" />
      <source>Unticked: one PDF with one page per fiche. Ticked: one PDF per fiche, named by matricule, in the output folder.</source>
      <translation>Décoché : un seul PDF avec une page par fiche. Coché : un PDF par fiche, nommé d'après le matricule, dans le dossier de sortie.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/density.html" line="19" />
      <source>Unusable</source>
      <translation>Inutilisables</translation>
    </message>
    <message>
      <location filename="../core/reports/density.py" line="123" />
      <source>Unusable states</source>
      <translation>États inutilisables</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/matricules.html" line="16" />
      <source>Unused below the highest</source>
      <translation>Inutilisés sous le plus élevé</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="63" />
      <source>Unused matricules below the highest used of a range</source>
      <translation>Matricules inutilisés sous le plus élevé utilisé d'une plage</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="281" />
      <source>Updated « {nom} »: {fields}.</source>
      <translation>« {nom} » mis à jour : {fields}.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/density.html" line="19" />
      <source>Usable</source>
      <translation>Utilisables</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/benchmarkgaps.py" line="39" />
      <source>Usable benchmarks with fewer than « Benchmarks needed » − 1 other usable ones within the radius: nothing to check them against.</source>
      <translation>Repères utilisables ayant moins de « Repères requis » − 1 autres repères utilisables dans le rayon : rien pour les contrôler.</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="91" />
      <source>Usable by GNSS</source>
      <translation>Utilisable en GNSS</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/matricules.html" line="16" />
      <source>Use of the ranges</source>
      <translation>Utilisation des plages</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/matricules.html" line="16" />
      <source>Used</source>
      <translation>Utilisés</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingclosures.py" line="65" />
      <source>Used with the custom tolerance only; at least one of the three terms must be positive.</source>
      <translation>Utilisé seulement avec la tolérance personnalisée ; au moins un des trois termes doit être positif.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="19" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="13" />
      <source>Verdict</source>
      <translation>Verdict</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="52" />
      <source>Verification report</source>
      <translation>Rapport de vérification</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="85" />
      <source>Visitor</source>
      <translation>Visiteur</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="196" />
      <source>Visits</source>
      <translation>Visites</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="81" />
      <source>Weighting</source>
      <translation>Pondération</translation>
    </message>
    <message>
      <location filename="../core/leveling/adjustment.py" line="154" />
      <source>Weighting by distance needs a positive distance for every observation; {count} lack one. Give the distances, or weight by set-ups or equally.</source>
      <translation>La pondération par la distance demande une distance positive pour chaque observation ; {count} n'en ont pas. Donnez les distances, ou pondérez par les stations ou également.</translation>
    </message>
    <message>
      <location filename="../core/leveling/adjustment.py" line="159" />
      <source>Weighting by set-ups needs the number of set-ups of every observation; {count} lack it. Give them, or weight by distance or equally.</source>
      <translation>La pondération par les stations demande le nombre de stations de chaque observation ; {count} ne l'ont pas. Donnez-le, ou pondérez par la distance ou également.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/rasterprecisionclass.py" line="36" />
      <source>Well-identified details (corners of buildings, road markings...) measured in the field, more precise than the class tested. Their CRS is the reference; it must be projected.</source>
      <translation>Détails bien identifiables (angles de bâtiments, marquages routiers…) mesurés sur le terrain, plus précis que la classe testée. Leur SCR sert de référence ; il doit être projeté.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="37" />
      <source>When the input is a folder: also transform the drawings of its sub-folders; the output folder mirrors the tree.</source>
      <translation>Quand l'entrée est un dossier : transformer aussi les dessins de ses sous-dossiers ; le dossier de sortie reproduit l'arborescence.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="134" />
      <source>Where at least the required number of usable benchmarks lie within the radius, one multipolygon per study area, with its area (m²).</source>
      <translation>Zones où au moins le nombre requis de repères utilisables se trouve dans le rayon ; un multipolygone par zone d'étude, avec sa surface (m²).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="135" />
      <source>With a DEM, give the geoid undulation above the ellipsoid of {system} ({ellipsoid}): about {typical:g} m around Rennes.</source>
      <translation>Avec un MNT, indiquez l'ondulation du géoïde au-dessus de l'ellipsoïde de {system} ({ellipsoid}) : environ {typical:g} m autour de Rennes.</translation>
    </message>
    <message>
      <location filename="../core/leveling/solver.py" line="121" />
      <source>Without scipy the adjustment of {n} unknown heights needs {needed} MB of memory, over the {limit} MB allowed: install scipy (python3-scipy) or adjust the network in parts.</source>
      <translation>Sans scipy, la compensation de {n} altitudes inconnues demande {needed} Mo de mémoire, au-delà des {limit} Mo permis : installez scipy (python3-scipy) ou compensez le réseau par parties.</translation>
    </message>
    <message>
      <location filename="../core/reports/density.py" line="119" />
      <source>Working CRS</source>
      <translation>SCR de travail</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" line="94" />
      <source>Working CRS (metres)</source>
      <translation>SCR de travail (mètres)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="52" />
      <source>X / longitude column</source>
      <translation>Colonne X / longitude</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="313" />
      <source>X or Y is not a finite number ({x}, {y})</source>
      <translation>X ou Y n'est pas un nombre fini ({x}, {y})</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="54" />
      <source>Y / latitude column</source>
      <translation>Colonne Y / latitude</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="56" />
      <source>Z column</source>
      <translation>Colonne Z</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="136" />
      <source>Zones to densify</source>
      <translation>Zones à densifier</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="153" />
      <source>a. mean deviation {mean:.2f} cm, limit {limit:.2f} cm: FAILED</source>
      <translation>a. écart moyen {mean:.2f} cm, limite {limit:.2f} cm : NON CONFORME</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="152" />
      <source>a. mean deviation {mean:.2f} cm, limit {limit:.2f} cm: passed</source>
      <translation>a. écart moyen {mean:.2f} cm, limite {limit:.2f} cm : conforme</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="376" />
      <source>adding the new benchmarks failed</source>
      <translation>échec de l'ajout des nouveaux repères</translation>
    </message>
    <message>
      <location filename="../core/ign_benchmarks.py" line="163" />
      <source>altitude cp1_coord3 {value} m is outside the plausible NGF-IGN69 altitudes of mainland France ({low} … {high} m)</source>
      <translation>altitude cp1_coord3 {value} m hors des altitudes NGF-IGN69 plausibles en France métropolitaine continentale ({low} … {high} m)</translation>
    </message>
    <message>
      <location filename="../core/ign_benchmarks.py" line="125" />
      <source>altitude cp1_coord3 « {value} » is not a number</source>
      <translation>l'altitude cp1_coord3 « {value} » n'est pas un nombre</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="156" />
      <source>b. {count} deviation(s) over T = {t:.2f} cm, {allowed} allowed: FAILED</source>
      <translation>b. {count} écart(s) supérieur(s) à T = {t:.2f} cm, {allowed} toléré(s) : NON CONFORME</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="155" />
      <source>b. {count} deviation(s) over T = {t:.2f} cm, {allowed} allowed: passed</source>
      <translation>b. {count} écart(s) supérieur(s) à T = {t:.2f} cm, {allowed} toléré(s) : conforme</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="141" />
      <source>backsight on {point} but the previous foresight was on {previous}</source>
      <translation>lecture arrière sur {point} alors que la lecture avant précédente était sur {previous}</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="117" />
      <source>backsight on {point} while the set-up began on {first}</source>
      <translation>lecture arrière sur {point} alors que la station a commencé sur {first}</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="159" />
      <source>backsight on {point} without a foresight after it</source>
      <translation>lecture arrière sur {point} sans lecture avant ensuite</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="56" />
      <source>benchmark</source>
      <translation>repère</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="57" />
      <source>benchmarks</source>
      <translation>repères</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="60" />
      <source>blunder?</source>
      <translation>faute ?</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="159" />
      <source>c. {count} deviation(s) over 1.5·T = {t:.2f} cm, none allowed: FAILED</source>
      <translation>c. {count} écart(s) supérieur(s) à 1.5·T = {t:.2f} cm, aucun toléré : NON CONFORME</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="158" />
      <source>c. {count} deviation(s) over 1.5·T = {t:.2f} cm, none allowed: passed</source>
      <translation>c. {count} écart(s) supérieur(s) à 1.5·T = {t:.2f} cm, aucun toléré : conforme</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="379" />
      <source>cancelled</source>
      <translation>annulé</translation>
    </message>
    <message>
      <location filename="../toolbelt/expressions.py" line="37" />
      <source>canevas_fiche: unknown field {}; expected one of {}</source>
      <translation>canevas_fiche : champ inconnu {} ; valeurs attendues : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="313" />
      <source>cannot be reprojected to {system} ({error})</source>
      <translation>impossible de reprojeter en {system} ({error})</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="360" />
      <source>column {col} has {found} decimal(s) where every other line has {usual}</source>
      <translation>la colonne {col} a {found} décimale(s) alors que toutes les autres lignes en ont {usual}</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="358" />
      <source>column {col} is empty where the other lines hold a number</source>
      <translation>la colonne {col} est vide alors que les autres lignes y portent un nombre</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/density.html" line="15" />
      <source>covered</source>
      <translation>zone couverte</translation>
    </message>
    <message>
      <location filename="../core/leveling/closures.py" line="37" />
      <source>custom</source>
      <translation>personnalisée</translation>
    </message>
    <message>
      <location filename="../core/reports/precision.py" line="152" />
      <source>deviation of {length} (vectors exaggerated ×{factor:g})</source>
      <translation>écart de {length} (vecteurs exagérés ×{factor:g})</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="58" />
      <source>dh (m)</source>
      <translation>dh (m)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="307" />
      <source>distance</source>
      <translation>la distance</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="191" />
      <source>distance over 100 km (not in metres?)</source>
      <translation>distance de plus de 100 km (pas en mètres ?)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="190" />
      <source>distance zero, negative or not finite (leave it empty when unknown)</source>
      <translation>distance nulle, négative ou non finie (laissez-la vide quand elle est inconnue)</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="341" />
      <source>distance {value} is negative</source>
      <translation>la distance {value} est négative</translation>
    </message>
    <message>
      <location filename="../core/ign_benchmarks.py" line="152" />
      <source>domaine « {domaine} » is not « nivf » (NGF-IGN69 leveling)</source>
      <translation>le domaine « {domaine} » n'est pas « nivf » (nivellement NGF-IGN69)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="167" />
      <source>duplicate ({count} stations)</source>
      <translation>doublon ({count} stations)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="187" />
      <source>empty or not finite height difference</source>
      <translation>dénivelée vide ou non finie</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="185" />
      <source>empty « from » point</source>
      <translation>point « from » vide</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="186" />
      <source>empty « to » point</source>
      <translation>point « to » vide</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="330" />
      <source>expected at least {count} columns, found {found}</source>
      <translation>au moins {count} colonnes attendues, {found} trouvées</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="189" />
      <source>expected at least {needed} columns, found {found}</source>
      <translation>au moins {needed} colonnes attendues, {found} trouvée(s)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="357" />
      <source>f = 1 + 1/(2C²)</source>
      <translation>f = 1 + 1/(2C²)</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="66" />
      <source>fixed</source>
      <translation>fixe</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="126" />
      <source>foresight on {point} while the set-up aims at {first}</source>
      <translation>lecture avant sur {point} alors que la station vise {first}</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="123" />
      <source>foresight on {point} without a backsight before it</source>
      <translation>lecture avant sur {point} sans lecture arrière avant</translation>
    </message>
    <message>
      <location filename="../core/dxf/report.py" line="16" />
      <source>found but not in this batch: not transformed, reference kept</source>
      <translation>trouvé mais hors de ce lot : non transformé, référence conservée</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="336" />
      <source>from and to are the same point ({point})</source>
      <translation>from et to sont le même point ({point})</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="307" />
      <source>geometry</source>
      <translation>géométrie</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="188" />
      <source>height difference over 10 km (not in metres?)</source>
      <translation>dénivelée de plus de 10 km (pas en mètres ?)</translation>
    </message>
    <message>
      <location filename="../core/leveling/observations.py" line="38" />
      <source>line {line}: </source>
      <translation>ligne {line} : </translation>
    </message>
    <message>
      <location filename="../core/dxf/report.py" line="17" />
      <source>missing: the referenced file was not found</source>
      <translation>manquant : le fichier référencé est introuvable</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="155" />
      <source>more than 20</source>
      <translation>plus de 20</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="236" />
      <source>more than one staff reading on the line ({words})</source>
      <translation>plus d'une lecture sur mire dans la ligne ({words})</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="387" />
      <source>moving « {nom} » failed</source>
      <translation>échec du déplacement de « {nom} »</translation>
    </message>
    <message>
      <location filename="../core/reports/density.py" line="122" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="180" />
      <source>no &lt;Layout&gt; element</source>
      <translation>aucun élément &lt;Layout&gt;</translation>
    </message>
    <message>
      <location filename="../core/ign_benchmarks.py" line="160" />
      <source>no altitude cp1_coord3</source>
      <translation>pas d'altitude cp1_coord3</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="427" />
      <source>no geometry</source>
      <translation>sans géométrie</translation>
    </message>
    <message>
      <location filename="../core/ign_benchmarks.py" line="169" />
      <source>no geometry and no coordinates cg1_coord1 / cg1_coord2</source>
      <translation>ni géométrie ni coordonnées cg1_coord1 / cg1_coord2</translation>
    </message>
    <message>
      <location filename="../core/leveling/adjustment.py" line="194" />
      <source>no known height</source>
      <translation>pas d'altitude connue</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="170" />
      <source>no matricule</source>
      <translation>pas de matricule</translation>
    </message>
    <message>
      <location filename="../core/ign_benchmarks.py" line="149" />
      <source>no « nom » (matricule)</source>
      <translation>pas de « nom » (matricule)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="359" />
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <location filename="../core/reports/matricules.py" line="24" />
      <source>none, the range is full</source>
      <translation>aucun, la plage est pleine</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="354" />
      <source>none: the best class is searched</source>
      <translation>aucune : recherche de la meilleure classe</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="169" />
      <source>not a matricule (no number)</source>
      <translation>pas un matricule (sans numéro)</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="264" />
      <source>not an M5 data line ('For M5|Adr …|…')</source>
      <translation>pas une ligne de données M5 ('For M5|Adr …|…')</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_dock.py" line="438" />
      <source>not computed: {}</source>
      <translation>non calculé : {}</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_editing.py" line="151" />
      <source>not written yet</source>
      <translation>pas encore écrite</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="307" />
      <source>number of set-ups</source>
      <translation>le nombre de stations de niveau</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="192" />
      <source>number of set-ups not a positive whole number (at most 100 000)</source>
      <translation>nombre de stations de niveau qui n'est pas un entier positif (au plus 100 000)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="288" />
      <source>other state</source>
      <translation>autre état</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="169" />
      <source>outside any range</source>
      <translation>hors de toute plage</translation>
    </message>
    <message>
      <location filename="../core/reports/precision.py" line="200" />
      <source>over 1.5·T</source>
      <translation>au-delà de 1,5·T</translation>
    </message>
    <message>
      <location filename="../core/reports/precision.py" line="201" />
      <source>over T</source>
      <translation>au-delà de T</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="226" />
      <source>passed</source>
      <translation>réussi</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="285" />
      <source>point</source>
      <translation>point</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="395" />
      <source>proposal {}</source>
      <translation>proposition {}</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/density.html" line="16" />
      <source>proposed benchmark</source>
      <translation>repère proposé</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="58" />
      <source>r</source>
      <translation>r</translation>
    </message>
    <message>
      <location filename="../core/leveling/closures.py" line="171" />
      <source>run {run} ends on {point}, not a known benchmark</source>
      <translation>le cheminement {run} se termine sur {point}, qui n'est pas un repère connu</translation>
    </message>
    <message>
      <location filename="../core/leveling/closures.py" line="155" />
      <source>run {run} starts on {point}, not a known benchmark</source>
      <translation>le cheminement {run} commence sur {point}, qui n'est pas un repère connu</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="346" />
      <source>setups '{value}' is not a whole number of set-ups</source>
      <translation>stations '{value}' n'est pas un nombre entier de stations</translation>
    </message>
    <message>
      <location filename="../core/shapely_support.py" line="64" />
      <source>shapely {found} uses GEOS {shapely_geos} but QGIS uses GEOS {qgis_geos}: two GEOS libraries in one process crash QGIS, so the tool stops here. This happens with shapely from PyPI wheels, which bundle their own GEOS. {hint}</source>
      <translation>shapely {found} utilise GEOS {shapely_geos} mais QGIS utilise GEOS {qgis_geos} : deux bibliothèques GEOS dans un même processus font planter QGIS, l'outil s'arrête donc ici. Cela arrive avec le shapely des roues (wheels) PyPI, qui embarquent leur propre GEOS. {hint}</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="283" />
      <source>staff reading without a point id (KD or PI block)</source>
      <translation>lecture sur mire sans identifiant de point (bloc KD ou PI)</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="238" />
      <source>staff reading without a point id (word 11)</source>
      <translation>lecture sur mire sans identifiant de point (mot 11)</translation>
    </message>
    <message>
      <location filename="../core/leveling/adjustment.py" line="196" />
      <source>state {state}: not held fixed</source>
      <translation>état {state} : non tenu fixe</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="56" />
      <source>station</source>
      <translation>station</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="57" />
      <source>stations</source>
      <translation>stations</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="37" />
      <source>the control points</source>
      <translation>les points de contrôle</translation>
    </message>
    <message>
      <location filename="../core/fiche.py" line="153" />
      <source>the coordinates look like {found}, not {expected} as the layer's CRS declares</source>
      <translation>les coordonnées ressemblent à {found}, pas à {expected} comme le déclare le SCR de la couche</translation>
    </message>
    <message>
      <location filename="../core/dxf/files.py" line="411" />
      <source>the drawing could not be transformed ({detail}): open and save it again in your CAD software; if it fails again, report it with the drawing.</source>
      <translation>le dessin n'a pas pu être transformé ({detail}) : ouvrez-le et enregistrez-le à nouveau dans votre logiciel de DAO ; si l'échec se répète, signalez-le avec le dessin.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="188" />
      <source>the extent</source>
      <translation>l'emprise</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="334" />
      <source>the from or to point is empty</source>
      <translation>le point from ou to est vide</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="94" />
      <source>the input layer</source>
      <translation>la couche en entrée</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="366" />
      <source>the layer cannot be edited (read-only file?)</source>
      <translation>la couche n'est pas modifiable (fichier en lecture seule ?)</translation>
    </message>
    <message>
      <location filename="../core/fiche.py" line="148" />
      <source>the layer's CRS is unknown: set it to compute the coordinates</source>
      <translation>le SCR de la couche est inconnu : définissez-le pour calculer les coordonnées</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="412" />
      <source>the point ({x:.3f}, {y:.3f}) lies outside the area of use of {system}: check the source system and the X/Y columns</source>
      <translation>le point ({x:.3f}, {y:.3f}) est hors de la zone d'emploi de {system} : vérifiez le système source et les colonnes X/Y</translation>
    </message>
    <message>
      <location filename="../core/fiche.py" line="150" />
      <source>the point has no finite X, Y</source>
      <translation>le point n'a pas de X, Y finis</translation>
    </message>
    <message>
      <location filename="../toolbelt/fiche.py" line="25" />
      <source>the point has no geometry</source>
      <translation>le point n'a pas de géométrie</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="206" />
      <source>the point id (column {col}) is empty</source>
      <translation>l'identifiant du point (colonne {col}) est vide</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="380" />
      <source>the point lies outside the area of the transformation</source>
      <translation>le point est hors de la zone de validité de la transformation</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="409" />
      <source>the point lies {km:.1f} km from Rennes town hall in REN09, outside the area of use of REN09 (Rennes Métropole and {margin:.0f} km around it)</source>
      <translation>le point est à {km:.1f} km de l'hôtel de ville de Rennes en REN09, hors de la zone d'emploi du REN09 (Rennes Métropole et {margin:.0f} km autour)</translation>
    </message>
    <message>
      <location filename="../core/fiche.py" line="161" />
      <source>the point {x:.3f}, {y:.3f} lies outside the area of the transformation ({datum}): check its position and the layer's CRS</source>
      <translation>le point {x:.3f}, {y:.3f} est hors de la zone de la transformation ({datum}) : vérifiez sa position et le SCR de la couche</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="162" />
      <source>the run ends on turning point {point}: the last foresight must be on a mark (station or benchmark)</source>
      <translation>le cheminement se termine sur le point de changement {point} : la dernière lecture avant doit être sur un point matérialisé (station ou repère)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="193" />
      <source>the same observation twice (a table imported twice?)</source>
      <translation>la même observation deux fois (une table importée deux fois ?)</translation>
    </message>
    <message>
      <location filename="../core/precision.py" line="36" />
      <source>the supplied points</source>
      <translation>les points fournis</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/density.html" line="15" />
      <source>to densify</source>
      <translation>zone à densifier</translation>
    </message>
    <message>
      <location filename="../core/dxf/report.py" line="15" />
      <source>transformed in this batch, reference kept</source>
      <translation>transformé dans ce lot, référence conservée</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="3" />
      <source>undecided</source>
      <translation>indécis</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="226" />
      <source>undecided (no redundancy)</source>
      <translation>non décidé (pas de redondance)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="383" />
      <source>updating « {nom} » failed</source>
      <translation>échec de la mise à jour de « {nom} »</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/density.html" line="16" />
      <source>usable benchmark</source>
      <translation>repère utilisable</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="58" />
      <source>v (mm)</source>
      <translation>v (mm)</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="58" />
      <source>w</source>
      <translation>w</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="204" />
      <source>word '{word}' has {count} data characters: GSI-8 has 8, GSI-16 has 16</source>
      <translation>le mot '{word}' a {count} caractères de données : GSI-8 en a 8, GSI-16 en a 16</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="212" />
      <source>word {wi} has unit code '{unit}', not a length unit (0, 1, 6, 7 or 8)</source>
      <translation>le mot {wi} a le code d'unité '{unit}', qui n'est pas une unité de longueur (0, 1, 6, 7 ou 8)</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="214" />
      <source>word {wi} holds '{data}', not a number</source>
      <translation>le mot {wi} contient '{data}', qui n'est pas un nombre</translation>
    </message>
    <message>
      <location filename="../core/reports/density.py" line="122" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="276" />
      <source>{added} benchmark(s) added, {updated} updated, {unchanged} unchanged, {rejected} row(s) rejected.</source>
      <translation>{added} repère(s) ajouté(s), {updated} mis à jour, {unchanged} inchangé(s), {rejected} ligne(s) rejetée(s).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="353" />
      <source>{cls:g} cm</source>
      <translation>{cls:g} cm</translation>
    </message>
    <message>
      <location filename="../core/dxf/files.py" line="140" />
      <source>{converter} could not convert {path} to DXF ({detail}): save it as DXF in your CAD software.</source>
      <translation>{converter} n'a pas pu convertir {path} en DXF ({detail}) : enregistrez-le en DXF dans votre logiciel de DAO.</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="477" />
      <source>{count} bad line(s) in the field book; nothing was imported. Correct them, or allow skipping bad lines.</source>
      <translation>{count} ligne(s) erronée(s) dans le carnet ; rien n'a été importé. Corrigez-les, ou autorisez l'omission des lignes erronées.</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="281" />
      <source>{count} bad line(s) in the point file; nothing was written. Correct them, or allow skipping bad lines.</source>
      <translation>{count} ligne(s) incorrecte(s) dans le fichier de points ; rien n'a été écrit. Corrigez-les ou autorisez l'omission des lignes incorrectes.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/benchmarkgaps.py" line="90" />
      <source>{count} benchmark(s) given twice (same matricule, or another matricule at the same place) are counted once:</source>
      <translation>{count} repère(s) donné(s) deux fois (même matricule, ou un autre matricule au même endroit) sont comptés une seule fois :</translation>
    </message>
    <message>
      <location filename="../core/density/checks.py" line="27" />
      <source>{count} benchmark(s) have no valid coordinates (first at row {row}): remove them or fix their geometry.</source>
      <translation>{count} repère(s) sans coordonnées valides (le premier à la ligne {row}) : supprimez-les ou corrigez leur géométrie.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="474" />
      <source>{count} benchmark(s) of « {name} » are given twice, at one place with one height, and kept once: {ids}.</source>
      <translation>{count} repère(s) de « {name} » sont donnés deux fois, au même endroit avec la même altitude, et gardés une fois : {ids}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="483" />
      <source>{count} benchmark(s) of « {name} » have no height and are not used as known (row ids {rows}).</source>
      <translation>{count} repère(s) de « {name} » n'ont pas d'altitude et ne sont pas utilisés comme connus (lignes {rows}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_benchmarks.py" line="124" />
      <source>{count} benchmark(s) read from « {name} », computed in {crs}.</source>
      <translation>{count} repère(s) lu(s) dans « {name} », calculs en {crs}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_benchmarks.py" line="117" />
      <source>{count} benchmark(s) without a point geometry (or outside the working CRS) were left out.</source>
      <translation>{count} repère(s) sans géométrie ponctuelle (ou hors du SCR de travail) écarté(s).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="258" />
      <source>{count} cell(s) outside the DEM have no value.</source>
      <translation>{count} cellule(s) hors du MNT sans valeur.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="304" />
      <source>{count} date(s) of « {name} » are not ISO dates (YYYY-MM-DD) and are not used (row ids {rows}).</source>
      <translation>{count} date(s) de « {name} » ne sont pas des dates ISO (AAAA-MM-JJ) et ne sont pas utilisées (identifiants de ligne {rows}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/rasterprecisionclass.py" line="137" />
      <source>{count} digitised point(s) lie outside the image « {name} »: {ids}. Check that this is the image they were digitised on.</source>
      <translation>{count} point(s) numérisé(s) hors de l'image « {name} » : {ids}. Vérifiez que c'est bien l'image sur laquelle ils ont été numérisés.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="284" />
      <source>{count} duplicate benchmark(s) (same matricule or same position) counted once.</source>
      <translation>{count} repère(s) en double (même matricule ou même position) compté(s) une seule fois.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="154" />
      <source>{count} feature(s) without geometry were copied as they are (ids: {ids}).</source>
      <translation>{count} entité(s) sans géométrie recopiée(s) telle(s) quelle(s) (identifiants : {ids}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="298" />
      <source>{count} fiche(s) cannot be computed, nothing was written: {list}. Correct their position or the layer's CRS, or leave them out with the filter expression.</source>
      <translation>{count} fiche(s) ne peuvent pas être calculées, rien n'a été écrit : {list}. Corrigez leur position ou le SCR de la couche, ou écartez-les avec l'expression de filtre.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="156" />
      <source>{count} fiche(s) written to {path}.</source>
      <translation>{count} fiche(s) écrite(s) dans {path}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importlevelingbook.py" line="95" />
      <source>{count} height difference(s) read ({fmt}), {rejected} line(s) rejected.</source>
      <translation>{count} dénivelée(s) lue(s) ({fmt}), {rejected} ligne(s) rejetée(s).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="127" />
      <source>{count} id(s) only in the {side} points, not compared: {ids}</source>
      <translation>{count} identifiant(s) présent(s) uniquement dans les points {side}, non comparé(s) : {ids}</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="81" />
      <source>{count} id(s) only in {side}:</source>
      <translation>{count} identifiant(s) présent(s) uniquement dans {side} :</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="319" />
      <source>{count} id(s) only in « {name} », not tested: {ids}</source>
      <translation>{count} identifiant(s) présent(s) uniquement dans « {name} », non testé(s) : {ids}</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/dxf.html" line="5" />
      <source>{count} more</source>
      <translation>{count} de plus</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="309" />
      <source>{count} observation(s) of « {name} » have no {what} (row ids {rows}).</source>
      <translation>{count} observation(s) de « {name} » n'ont pas {what} (lignes {rows}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="311" />
      <source>{count} observation(s) read from « {name} ».</source>
      <translation>{count} observation(s) lue(s) dans « {name} ».</translation>
    </message>
    <message>
      <location filename="../core/commonpoints.py" line="89" />
      <source>{count} of the {label} points lie outside the area of use of {label} (e.g. « {id} » at {x:.3f}, {y:.3f}): check the layer, its X and Y fields (swapped?) and its CRS.</source>
      <translation>{count} des points {label} sont hors de la zone d'usage de {label} (p. ex. « {id} » en {x:.3f}, {y:.3f}) : vérifiez la couche, ses champs X et Y (inversés ?) et son SCR.</translation>
    </message>
    <message>
      <location filename="../core/dxf/files.py" line="435" />
      <source>{count} output file(s) already exist, e.g. {path}: choose an empty output folder, or allow overwriting.</source>
      <translation>{count} fichier(s) de sortie existent déjà, par exemple {path} : choisissez un dossier de sortie vide, ou autorisez le remplacement.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="329" />
      <source>{count} pair(s) of points matched by id.</source>
      <translation>{count} paire(s) de points appariée(s) par identifiant.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="110" />
      <source>{count} point(s) converted from {source} to {target}{shift}.</source>
      <translation>{count} point(s) converti(s) de {source} vers {target}{shift}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="112" />
      <source>{count} point(s) of « {name} » have no id and are not compared.</source>
      <translation>{count} point(s) de « {name} » sans identifiant, non comparé(s).</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="27" />
      <source>{count} point(s) tested, n = {n} coordinate(s) per deviation, k = {k:.2f}, f = {f:.6g}.</source>
      <translation>{count} point(s) testé(s), n = {n} coordonnée(s) par écart, k = {k:.2f}, f = {f:.6g}.</translation>
    </message>
    <message>
      <location filename="../core/leveling/adjustment.py" line="246" />
      <source>{count} point(s) tied to no fixed benchmark got no height: {ids}. Level them onto a benchmark, or hold one of their benchmarks fixed.</source>
      <translation>{count} point(s) rattaché(s) à aucun repère fixe n'ont pas d'altitude : {ids}. Nivelez-les sur un repère, ou tenez fixe un de leurs repères.</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/precision.html" line="70" />
      <source>{count} point(s) without all their coordinates (e.g. no height) take no part in this test:</source>
      <translation>{count} point(s) dont une coordonnée manque (par ex. sans altitude) ne participent pas à ce test :</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="478" />
      <source>{count} row(s) of « {name} » have no benchmark id and are not used (row ids {rows}).</source>
      <translation>{count} ligne(s) de « {name} » n'ont pas de matricule de repère et ne sont pas utilisées (lignes {rows}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="362" />
      <source>{count} station height(s) written into « {path} », with a visit row each.</source>
      <translation>{count} altitude(s) de station écrite(s) dans « {path} », avec une ligne de visite chacune.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/controlsample.py" line="108" />
      <source>{count} station(s) lie at the same place as another one and are counted once (feature id = the one kept: {pairs}). Check the delivery for stations delivered twice.</source>
      <translation>{count} station(s) se trouvent au même endroit qu'une autre et sont comptées une fois (identifiant d'entité = celle conservée : {pairs}). Vérifiez les stations livrées deux fois.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="159" />
      <source>{count} station(s) read from the register « {path} ».</source>
      <translation>{count} station(s) lue(s) dans le registre « {path} ».</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/controlsample.py" line="104" />
      <source>{count} station(s) without geometry cannot be drawn and are left out (feature ids: {ids}).</source>
      <translation>{count} station(s) sans géométrie ne peuvent pas être tirées et sont ignorées (identifiants d'entité : {ids}).</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/matricules.html" line="13" />
      <source>{count} station(s) without matricule.</source>
      <translation>{count} station(s) sans matricule.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="224" />
      <source>{count} study area(s) have no value in « {field} »: named by their feature id in the statistics ({ids}).</source>
      <translation>{count} zone(s) d'étude n'ont pas de valeur dans « {field} » : nommées par leur identifiant d'entité dans les statistiques ({ids}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="219" />
      <source>{count} study area(s) were not valid polygons (crossing or overlapping edges) and were studied repaired, as QGIS' « Fix geometries » does (feature ids: {ids}).</source>
      <translation>{count} zone(s) d'étude n'étaient pas des polygones valides (bords qui se croisent ou se chevauchent) et ont été étudiées réparées, comme le fait « Réparer les géométries » de QGIS (identifiants d'entité : {ids}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="216" />
      <source>{count} study area(s) without a polygon left out (feature ids: {ids}).</source>
      <translation>{count} zone(s) d'étude sans polygone écartée(s) (identifiants d'entité : {ids}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="196" />
      <source>{count} study area(s).</source>
      <translation>{count} zone(s) d'étude.</translation>
    </message>
    <message>
      <location filename="../core/density/benchmarks.py" line="186" />
      <source>{count} values in '{field}' for {points} benchmarks: give one per benchmark.</source>
      <translation>{count} valeurs dans « {field} » pour {points} repères : donnez-en une par repère.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="173" />
      <source>{duplicates} duplicated matricule(s), {outside} matricule(s) outside any range, {missing} station(s) without matricule, {overlaps} pair(s) of overlapping ranges, {gaps} unused matricule(s) below the highest used.</source>
      <translation>{duplicates} matricule(s) en double, {outside} matricule(s) hors de toute plage, {missing} station(s) sans matricule, {overlaps} paire(s) de plages qui se chevauchent, {gaps} matricule(s) inutilisé(s) sous le plus élevé utilisé.</translation>
    </message>
    <message>
      <location filename="../core/leveling/report.py" line="21" />
      <source>{failed} of {count} closure(s) over the tolerance; largest {largest} mm.</source>
      <translation>{failed} fermeture(s) sur {count} hors tolérance ; la plus grande : {largest} mm.</translation>
    </message>
    <message>
      <location filename="../core/ign_benchmarks.py" line="131" />
      <source>{field} « {value} » is not a date</source>
      <translation>{field} « {value} » n'est pas une date</translation>
    </message>
    <message>
      <location filename="../core/ign_benchmarks.py" line="126" />
      <source>{field} « {value} » is not a number</source>
      <translation>{field} « {value} » n'est pas un nombre</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="115" />
      <source>{files} drawing(s), {entities} entities, {failed} failed; largest deviation {mm:.3f} mm.</source>
      <translation>{files} dessin(s), {entities} entités, {failed} en échec ; plus grand écart {mm:.3f} mm.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="229" />
      <source>{first} and {second}</source>
      <translation>{first} et {second}</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="351" />
      <source>{found} columns where the other lines have {usual}</source>
      <translation>{found} colonnes alors que les autres lignes en ont {usual}</translation>
    </message>
    <message>
      <location filename="../core/density/benchmarks.py" line="150" />
      <source>{ids} ids for {points} points: give one id per benchmark.</source>
      <translation>{ids} identifiants pour {points} points : donnez un identifiant par repère.</translation>
    </message>
    <message>
      <location filename="../core/leveling/adjustment.py" line="225" />
      <source>{id}: {reason}</source>
      <translation>{id} : {reason}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="265" />
      <source>{key} has no geometry: no fiche.</source>
      <translation>{key} n'a pas de géométrie : pas de fiche.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/benchmarkgaps.py" line="81" />
      <source>{key}: {count}</source>
      <translation>{key} : {count}</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="258" />
      <source>{kind} value '{value}' is not a number</source>
      <translation>la valeur {kind} '{value}' n'est pas un nombre</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="254" />
      <source>{kind} value without a length unit (m or ft): '{unit}'</source>
      <translation>valeur {kind} sans unité de longueur (m ou ft) : '{unit}'</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="129" />
      <source>{label} (height test)</source>
      <translation>{label} (test altimétrique)</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="398" />
      <source>{message} (this line has {count} columns where the others have {usual}: with the spaces separator, an id or a code holding a space shifts the columns — choose another separator or remove the space)</source>
      <translation>{message} (cette ligne a {count} colonnes alors que les autres en ont {usual} : avec le séparateur espaces, un identifiant ou un code contenant une espace décale les colonnes — choisissez un autre séparateur ou supprimez l'espace)</translation>
    </message>
    <message>
      <location filename="../core/density/areas.py" line="256" />
      <source>{names} names for {areas} study areas: give one name per area.</source>
      <translation>{names} noms pour {areas} zones d'étude : donnez un nom par zone.</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="196" />
      <source>{name} value '{value}' (column {col}) is not a number</source>
      <translation>la valeur {name} « {value} » (colonne {col}) n'est pas un nombre</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="157" />
      <source>{name}: RMS {rms:.3f} m, max {max:.3f} m, mean shift dE {de:+.3f} m, dN {dn:+.3f} m</source>
      <translation>{name} : EMQ {rms:.3f} m, max {max:.3f} m, décalage moyen dE {de:+.3f} m, dN {dn:+.3f} m</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="336" />
      <source>{output} (r = {radius} m)</source>
      <translation>{output} (r = {radius} m)</translation>
    </message>
    <message>
      <location filename="../core/dxf/files.py" line="241" />
      <source>{path} already exists: choose another output folder, or allow overwriting.</source>
      <translation>{path} existe déjà : choisissez un autre dossier de sortie, ou autorisez le remplacement.</translation>
    </message>
    <message>
      <location filename="../core/dxf/files.py" line="161" />
      <source>{path} cannot be read ({detail}): check the file and its permissions.</source>
      <translation>{path} ne peut pas être lu ({detail}) : vérifiez le fichier et ses droits.</translation>
    </message>
    <message>
      <location filename="../core/dxf/files.py" line="129" />
      <source>{path} is a DWG drawing and no DWG converter is installed (LibreDWG dwg2dxf or ODA File Converter): save it as DXF in your CAD software first, or install one.</source>
      <translation>{path} est un dessin DWG et aucun convertisseur DWG n'est installé (LibreDWG dwg2dxf ou ODA File Converter) : enregistrez-le d'abord en DXF dans votre logiciel de DAO, ou installez-en un.</translation>
    </message>
    <message>
      <location filename="../core/dxf/files.py" line="192" />
      <source>{path} is damaged: it could only be read by repairing it ({count} repair(s)), and what was repaired may be missing or wrong. Open it in your CAD software, run AUDIT or RECOVER, save it and transform it again.</source>
      <translation>{path} est endommagé : il n'a pu être lu qu'en le réparant ({count} réparation(s)), et ce qui a été réparé peut manquer ou être faux. Ouvrez-le dans votre logiciel de DAO, lancez AUDIT ou RECOVER, enregistrez-le et transformez-le à nouveau.</translation>
    </message>
    <message>
      <location filename="../core/dxf/files.py" line="164" />
      <source>{path} is empty: it holds no drawing. Copy it again from where it was made.</source>
      <translation>{path} est vide : il ne contient aucun dessin. Copiez-le à nouveau depuis son origine.</translation>
    </message>
    <message>
      <location filename="../core/dxf/files.py" line="347" />
      <source>{path} is neither a DXF file nor a folder: choose an existing file or folder.</source>
      <translation>{path} n'est ni un fichier DXF ni un dossier : choisissez un fichier ou un dossier existant.</translation>
    </message>
    <message>
      <location filename="../core/dxf/files.py" line="199" />
      <source>{path} is not a readable DXF drawing ({detail}): open and save it again in your CAD software.</source>
      <translation>{path} n'est pas un dessin DXF lisible ({detail}) : ouvrez-le et enregistrez-le de nouveau dans votre logiciel de DAO.</translation>
    </message>
    <message>
      <location filename="../core/dxf/files.py" line="173" />
      <source>{path} is truncated: it does not end with the DXF end-of-file marker (0 / EOF), so the end of the drawing is missing. Copy it again in full, or open and save it again in your CAD software.</source>
      <translation>{path} est tronqué : il ne se termine pas par la marque de fin de fichier DXF (0 / EOF), la fin du dessin manque donc. Copiez-le à nouveau en entier, ou ouvrez-le et enregistrez-le à nouveau dans votre logiciel de DAO.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="112" />
      <source>{path}: the external reference {name} ({ref}) is missing</source>
      <translation>{path} : la référence externe {name} ({ref}) est manquante</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="105" />
      <source>{path}: {count} entities, largest deviation {mm:.3f} mm</source>
      <translation>{path} : {count} entités, plus grand écart {mm:.3f} mm</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="102" />
      <source>{path}: {error}</source>
      <translation>{path} : {error}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformdxf.py" line="108" />
      <source>{path}: {kind} {handle} is too large for the local similarity ({mm:.1f} mm): check it</source>
      <translation>{path} : {kind} {handle} est trop grand pour la similitude locale ({mm:.1f} mm) : vérifiez-le</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="227" />
      <source>{points} height(s) from {obs} observation(s) on {fixed} fixed benchmark(s); dof {dof}, σ0 {sigma0}, χ² {chi2:.3f} in [{low:.3f}, {high:.3f}]: {passed}.</source>
      <translation>{points} altitude(s) à partir de {obs} observation(s) sur {fixed} repère(s) fixe(s) ; ddl {dof}, σ0 {sigma0}, χ² {chi2:.3f} dans [{low:.3f}, {high:.3f}] : {passed}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingclosures.py" line="118" />
      <source>{runs} run(s) between known benchmarks, {loops} loop(s); {failed} closure(s) over the tolerance; largest {largest:.2f} mm.</source>
      <translation>{runs} cheminement(s) entre repères connus, {loops} boucle(s) ; {failed} fermeture(s) hors tolérance ; la plus grande {largest:.2f} mm.</translation>
    </message>
    <message>
      <location filename="../core/leveling/adjustment.py" line="175" />
      <source>{run} {from_id} → {to_id} (line {line})</source>
      <translation>{run} {from_id} → {to_id} (ligne {line})</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="45" />
      <source>{side} {axis} field</source>
      <translation>Champ {axis} ({side})</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/controlsample.py" line="82" />
      <source>{size} station(s) drawn out of {count} (seed {seed}).</source>
      <translation>{size} station(s) tirée(s) sur {count} (graine {seed}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="120" />
      <source>{source} → {target}; REN09 used: {shift}.</source>
      <translation>{source} → {target} ; REN09 employé : {shift}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="168" />
      <source>{system}: linear alteration from {min:.2f} to {max:.2f} mm/km over the extent.</source>
      <translation>{system} : altération linéaire de {min:.2f} à {max:.2f} mm/km sur l'emprise.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="369" />
      <source>{title}: best class {cls} cm.</source>
      <translation>{title} : meilleure classe {cls} cm.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="367" />
      <source>{title}: class {cls} cm FAILED.</source>
      <translation>{title} : classe {cls} cm NON CONFORME.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="366" />
      <source>{title}: class {cls} cm PASSED.</source>
      <translation>{title} : classe {cls} cm CONFORME.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="389" />
      <source>{title}: internal fit translation ({t}) m, rotation {rot} gon.</source>
      <translation>{title} : ajustement interne, translation ({t}) m, rotation {rot} gon.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="393" />
      <source>{title}: {count} point(s) set aside for a missing coordinate (e.g. no height): {ids}</source>
      <translation>{title} : {count} point(s) écarté(s) faute d'une coordonnée (par ex. sans altitude) : {ids}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="375" />
      <source>{title}: {count} point(s) tested.</source>
      <translation>{title} : {count} point(s) testé(s).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="286" />
      <source>{usable} usable benchmark(s) of {total}; {counted} count for coverage.</source>
      <translation>{usable} repère(s) utilisable(s) sur {total} ; {counted} compté(s) pour la couverture.</translation>
    </message>
    <message>
      <location filename="../core/leveling/books.py" line="320" />
      <source>{what} '{value}' is not a number</source>
      <translation>{what} '{value}' n'est pas un nombre</translation>
    </message>
    <message>
      <location filename="../core/ign_benchmarks.py" line="49" />
      <source>{what} {lon:.5f}, {lat:.5f} (RGF93 lon/lat) lies outside mainland France ({west}° … {east}° E, {south}° … {north}° N), the area of NGF-IGN69 benchmarks</source>
      <translation>{what} {lon:.5f}, {lat:.5f} (lon/lat RGF93) hors de la France métropolitaine continentale ({west}° … {east}° E, {south}° … {north}° N), zone des repères NGF-IGN69</translation>
    </message>
    <message>
      <location filename="../core/ign_benchmarks.py" line="47" />
      <source>{what} {lon:.5f}, {lat:.5f}: latitude and longitude are swapped (the point would lie outside mainland France)</source>
      <translation>{what} {lon:.5f}, {lat:.5f} : latitude et longitude inversées (le point tomberait hors de la France métropolitaine continentale)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="87" />
      <source>{} height field</source>
      <translation>Champ d'altitude ({})</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="84" />
      <source>{} id field</source>
      <translation>Champ identifiant ({})</translation>
    </message>
    <message>
      <location filename="../core/pointfile.py" line="213" />
      <source>« First line is a header » is ticked but line {line} is a point (X {x:g}, Y {y:g}): untick the option, or it would be copied unconverted.</source>
      <translation>« La première ligne est un en-tête » est cochée mais la ligne {line} est un point (X {x:g}, Y {y:g}) : décochez l'option, sinon il serait recopié sans être converti.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="244" />
      <source>« Leveling per day (km) » must be a positive number of kilometres, not {value}.</source>
      <translation>« Nivellement par jour (km) » doit être un nombre positif de kilomètres, pas {value}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingdensity.py" line="250" />
      <source>« Triplet members only » needs the triplet field (IGN: freres_info): without it no benchmark is a triplet member and the whole area would be reported uncovered. Choose the triplet field or untick the option.</source>
      <translation>« Membres de triplets uniquement » demande le champ des triplets (IGN : freres_info) : sans lui aucun repère n’est membre d’un triplet et toute la zone serait déclarée non couverte. Choisissez le champ des triplets ou décochez l’option.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="189" />
      <source>« from » and « to » are the same point</source>
      <translation>« from » et « to » sont le même point</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="337" />
      <source>« {crs} » is not a coordinate system QGIS knows: choose {cc48} (EPSG:3948) or {ren09}.</source>
      <translation>« {crs} » n'est pas un système de coordonnées connu de QGIS : choisissez {cc48} (EPSG:3948) ou {ren09}.</translation>
    </message>
    <message>
      <location filename="../core/fiche.py" line="214" />
      <source>« {field} » must be above 0 (a precision class in cm), not {value:g}.</source>
      <translation>« {field} » doit être supérieur à 0 (une classe de précision en cm), pas {value:g}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="109" />
      <source>« {layer} » has no field « {field} »: « {parameter} » is not used.</source>
      <translation>« {layer} » n'a pas de champ « {field} » : « {parameter} » n'est pas utilisé.</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="253" />
      <source>« {matricule} » is not a matricule: it must end with its number, e.g. R00123.</source>
      <translation>« {matricule} » n'est pas un matricule : il doit se terminer par son numéro, par ex. R00123.</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="289" />
      <source>« {matricule} » is not a matricule: it must end with its number, e.g. R21001.</source>
      <translation>« {matricule} » n'est pas un matricule : il doit finir par son numéro, par ex. R21001.</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="298" />
      <source>« {matricule} » is not a matricule: its number has {digits} digits (at most {most}).</source>
      <translation>« {matricule} » n'est pas un matricule : son numéro a {digits} chiffres (au plus {most}).</translation>
    </message>
    <message>
      <location filename="../core/register.py" line="293" />
      <source>« {matricule} » is not a matricule: its prefix « {prefix} » may hold only letters, digits and « . - _ / », without spaces, e.g. R21001.</source>
      <translation>« {matricule} » n'est pas un matricule : son préfixe « {prefix} » ne peut contenir que des lettres, des chiffres et « . - _ / », sans espace, par ex. R21001.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="465" />
      <source>« {name} » gives different heights to the same benchmark: {list}. Keep one row per benchmark.</source>
      <translation>« {name} » donne des altitudes différentes au même repère : {list}. Gardez une ligne par repère.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="461" />
      <source>« {name} » gives heights no benchmark can have: {list}, outside −1 000 to 10 000 m. Are they in metres? Correct them, or choose the field holding the heights in metres (IGN: cp1_coord3).</source>
      <translation>« {name} » donne des altitudes qu'aucun repère ne peut avoir : {list}, hors de −1 000 à 10 000 m. Sont-elles en mètres ? Corrigez-les, ou choisissez le champ qui porte les altitudes en mètres (IGN : cp1_coord3).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="468" />
      <source>« {name} » gives one id to benchmarks at different places: {list} apart (layer units). Two marks cannot share a matricule: correct the ids, or choose the id field that tells them apart.</source>
      <translation>« {name} » donne un même identifiant à des repères situés à des endroits différents : {list} d'écart (unités de la couche). Deux repères ne peuvent pas partager un matricule : corrigez les identifiants, ou choisissez le champ identifiant qui les distingue.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="199" />
      <source>« {name} » has no CRS while the other layer has one: set its CRS (Layer Properties › Source) so that both layers can be compared in the same system.</source>
      <translation>« {name} » n'a pas de SCR alors que l'autre couche en a un : définissez son SCR (Propriétés de la couche › Source) pour comparer les deux couches dans le même système.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="77" />
      <source>« {name} » has no CRS: its positions cannot be taken as {side} coordinates. Set its CRS to {side} (Layer Properties › Source), or choose its {side} X and Y fields.</source>
      <translation>« {name} » n'a pas de SCR : ses positions ne peuvent pas être prises comme des coordonnées {side}. Définissez son SCR à {side} (Propriétés de la couche › Source), ou choisissez ses champs X et Y {side}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_benchmarks.py" line="52" />
      <source>« {name} » has no CRS: set it (Layer Properties › Source) so that distances can be computed.</source>
      <translation>« {name} » n'a pas de SCR : définissez-le (Propriétés de la couche › Source) pour que les distances puissent être calculées.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/controlsample.py" line="57" />
      <source>« {name} » has no CRS: set it (Layer properties › Source) so that the stations drawn can be found, then run again.</source>
      <translation>« {name} » n'a pas de SCR : définissez-le (Propriétés de la couche › Source) pour que les stations tirées puissent être retrouvées, puis relancez.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="247" />
      <source>« {name} » has no CRS: set its CRS, then print the fiches.</source>
      <translation>« {name} » n'a pas de SCR : définissez son SCR, puis imprimez les fiches.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="189" />
      <source>« {name} » has no CRS: the adjusted points cannot be placed from its benchmarks. Set its CRS (Layer Properties › Source), then run again.</source>
      <translation>« {name} » n'a pas de SCR : les points compensés ne peuvent pas être placés d'après ses repères. Définissez son SCR (Propriétés de la couche › Source), puis relancez.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="231" />
      <source>« {name} » has no Z coordinates and no height field is chosen: choose its height field, or test the plan only.</source>
      <translation>« {name} » n'a pas de coordonnées Z et aucun champ d'altitude n'est choisi : choisissez son champ d'altitude, ou testez seulement la planimétrie.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="363" />
      <source>« {name} » has no Z in its geometry: choose the benchmark height field (IGN: cp1_coord3).</source>
      <translation>« {name} » n'a pas de Z dans sa géométrie : choisissez le champ d'altitude des repères (IGN : cp1_coord3).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_benchmarks.py" line="70" />
      <source>« {name} » has no field « {field} »: it is not used.</source>
      <translation>« {name} » n'a pas de champ « {field} » : ce champ n'est pas utilisé.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="66" />
      <source>« {name} » has no point geometry: choose its {side} X and Y fields.</source>
      <translation>« {name} » n'a pas de géométrie ponctuelle : choisissez ses champs X et Y en {side}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="219" />
      <source>« {name} » has no « nom » field: it is not IGN benchmark data (fields of GEODESIE:data_geod: nom, domaine, etat, cp1_coord3…).</source>
      <translation>« {name} » n'a pas de champ « nom » : ce ne sont pas des données de repères IGN (champs de GEODESIE:data_geod : nom, domaine, etat, cp1_coord3…).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="301" />
      <source>« {name} » has rows that cannot be used (row ids given); correct them, or filter them out, then run again:
{rows}</source>
      <translation>« {name} » a des lignes inutilisables (identifiants de ligne donnés) ; corrigez-les, ou filtrez-les, puis relancez :
{rows}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="359" />
      <source>« {name} » holds lines or polygons, not points: the Z of their first vertex is no benchmark's height. Choose the benchmarks layer (points), or its height field (IGN: cp1_coord3).</source>
      <translation>« {name} » contient des lignes ou des polygones, pas des points : le Z de leur premier sommet n'est l'altitude d'aucun repère. Choisissez la couche des repères (des points), ou son champ d'altitude (IGN : cp1_coord3).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="215" />
      <source>« {name} » holds lines or polygons: IGN benchmarks are points. Choose the benchmarks layer.</source>
      <translation>« {name} » contient des lignes ou des polygones : les repères IGN sont des points. Choisissez la couche des repères.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_benchmarks.py" line="120" />
      <source>« {name} » holds no benchmark (after the filter): nothing to study.</source>
      <translation>« {name} » ne contient aucun repère (après filtrage) : rien à étudier.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="504" />
      <source>« {name} » holds no benchmark with a known height: its points have no geometry, or a Z that is not a number, so no run can be closed nor any height computed. Choose the benchmark height field (IGN: cp1_coord3), or a layer whose points have a Z.</source>
      <translation>« {name} » ne contient aucun repère d'altitude connue : ses points n'ont pas de géométrie, ou un Z qui n'est pas un nombre, donc aucun cheminement ne peut être fermé ni aucune altitude calculée. Choisissez le champ d'altitude des repères (IGN : cp1_coord3), ou une couche dont les points ont un Z.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="500" />
      <source>« {name} » holds no benchmark with a known height: « {field} » is empty (or not a finite number) on every row, so no run can be closed nor any height computed. Choose the field holding the heights (IGN: cp1_coord3).</source>
      <translation>« {name} » ne contient aucun repère d'altitude connue : « {field} » est vide (ou n'est pas un nombre fini) sur chaque ligne, donc aucun cheminement ne peut être fermé ni aucune altitude calculée. Choisissez le champ qui porte les altitudes (IGN : cp1_coord3).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="472" />
      <source>« {name} » holds no benchmark with an id: choose the benchmarks layer and its id field.</source>
      <translation>« {name} » ne contient aucun repère avec un matricule : choisissez la couche des repères et son champ matricule.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="115" />
      <source>« {name} » holds no point with an id: nothing to compare.</source>
      <translation>« {name} » ne contient aucun point avec identifiant : rien à comparer.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="247" />
      <source>« {name} » holds no point: nothing to compare.</source>
      <translation>« {name} » ne contient aucun point : rien à comparer.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/controlsample.py" line="65" />
      <source>« {name} » holds no station with a geometry: nothing to draw.</source>
      <translation>« {name} » ne contient aucune station avec géométrie : rien à tirer.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkmatricules.py" line="127" />
      <source>« {name} » holds no station: nothing to check.</source>
      <translation>« {name} » ne contient aucune station : rien à contrôler.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="178" />
      <source>« {name} » holds {kind} geometries, not points: choose a point layer for « {label} ».</source>
      <translation>« {name} » contient des géométries {kind}, pas des points : choisissez une couche de points pour « {label} ».</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="132" />
      <source>« {name} » holds {kind} geometries, not points: choose the point layer of the stations or benchmarks.</source>
      <translation>« {name} » contient des géométries {kind}, pas des points : choisissez la couche de points des stations ou des repères.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="85" />
      <source>« {name} » is declared in {crs}, not {side}: the {side} coordinates of the common points are needed. Choose the layer holding them, or convert it to {side} first.</source>
      <translation>« {name} » est déclarée en {crs}, pas en {side} : il faut les coordonnées {side} des points communs. Choisissez la couche qui les contient, ou convertissez-la d'abord en {side}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="233" />
      <source>« {name} » is empty: it holds no benchmark to import; nothing was written.</source>
      <translation>« {name} » est vide : elle ne contient aucun repère à importer ; rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="296" />
      <source>« {name} » is empty: it holds no observation. Choose the observations table (e.g. the output of « Import a leveling field book »).</source>
      <translation>« {name} » est vide : elle ne contient aucune observation. Choisissez la table des observations (par exemple la sortie d'« Importer un carnet de nivellement »).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="191" />
      <source>« {name} » is in a geographic CRS ({crs}): deviations must be measured in metres. Reproject it to the projected CRS of the work (e.g. RGF93 / CC48 or REN09) first.</source>
      <translation>« {name} » est dans un SCR géographique ({crs}) : les écarts doivent être mesurés en mètres. Reprojetez-la d'abord dans le SCR projeté du chantier (par ex. RGF93 / CC48 ou REN09).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="80" />
      <source>« {name} » is in a geographic CRS ({crs}); {side} coordinates in metres are needed: choose the right layer or its X/Y fields.</source>
      <translation>« {name} » est dans un SCR géographique ({crs}) ; des coordonnées {side} en mètres sont nécessaires : choisissez la bonne couche ou ses champs X/Y.</translation>
    </message>
    <message>
      <location filename="../core/textfile.py" line="58" />
      <source>« {name} » is neither UTF-8 nor Windows-1252 text (byte {offset}): save it as UTF-8 text and run again.</source>
      <translation>« {name} » n'est un texte ni UTF-8 ni Windows-1252 (octet {offset}) : enregistrez-le en texte UTF-8 et relancez.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="129" />
      <source>« {name} » is neither a stations layer (field « matricule ») nor a benchmarks layer (fields « nom » and « cp1_coord3 »): choose a canevas layer.</source>
      <translation>« {name} » n'est ni une couche de stations (champ « matricule ») ni une couche de repères (champs « nom » et « cp1_coord3 ») : choisissez une couche du canevas.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_benchmarks.py" line="88" />
      <source>« {name} » is not a point layer ({type}): benchmarks are points. Choose the benchmarks layer.</source>
      <translation>« {name} » n'est pas une couche de points ({type}) : les repères sont des points. Choisissez la couche des repères.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/controlsample.py" line="53" />
      <source>« {name} » is not a point layer ({type}): the stations to draw are points. Choose the stations layer.</source>
      <translation>« {name} » n'est pas une couche de points ({type}) : les stations à tirer sont des points. Choisissez la couche des stations.</translation>
    </message>
    <message>
      <location filename="../core/textfile.py" line="48" />
      <source>« {name} » is not a text file (byte {offset} is a control character): save it as a CSV or TXT file from the software that made it.</source>
      <translation>« {name} » n'est pas un fichier texte (l'octet {offset} est un caractère de contrôle) : enregistrez-le en CSV ou TXT depuis le logiciel qui l'a produit.</translation>
    </message>
    <message>
      <location filename="../core/textfile.py" line="60" />
      <source>« {name} » is not {encoding} text (byte {offset}) but reads as {other}: choose the encoding {other}.</source>
      <translation>« {name} » n'est pas un texte {encoding} (octet {offset}) mais se lit en {other} : choisissez l'encodage {other}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="206" />
      <source>« {name} » is transformed from {source} to {target} (the control layer's CRS) with the Canevas pipeline, {shift}.</source>
      <translation>« {name} » est transformée de {source} vers {target} (SCR de la couche de contrôle) par le pipeline Canevas, {shift}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_precision.py" line="212" />
      <source>« {name} » is transformed from {source} to {target} (the control layer's CRS) with the transformation of the project.</source>
      <translation>« {name} » est transformée de {source} vers {target} (SCR de la couche de contrôle) avec la transformation du projet.</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="280" />
      <source>« {name} » must be a finite number; {value} given.</source>
      <translation>« {name} » doit être un nombre fini ; {value} donné.</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="285" />
      <source>« {name} » must be at least {low:g}; {value} given.</source>
      <translation>« {name} » doit valoir au moins {low:g} ; {value} donné.</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="287" />
      <source>« {name} » must be at most {high:g}; {value} given.</source>
      <translation>« {name} » doit valoir au plus {high:g} ; {value} donné.</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="282" />
      <source>« {name} » must be from {low:g} to {high:g}; {value} given.</source>
      <translation>« {name} » doit être compris entre {low:g} et {high:g} ; {value} donné.</translation>
    </message>
    <message>
      <location filename="../core/ign_benchmarks.py" line="217" />
      <source>« {nom} » appears more than once in the input: the first one was kept</source>
      <translation>« {nom} » apparaît plusieurs fois dans l'entrée : seule la première occurrence est conservée</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/controlsample.py" line="119" />
      <source>« {parameter} » must be a whole number ≥ 0, not {value}.</source>
      <translation>« {parameter} » doit être un nombre entier ≥ 0, pas {value}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_benchmarks.py" line="200" />
      <source>« {parameter} » must be a whole number, not {value}.</source>
      <translation>« {parameter} » doit être un nombre entier, pas {value}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="212" />
      <source>« {path} » already exists (an empty Canevas register): tick « Replace an existing empty register » to replace it, or choose another file name.</source>
      <translation>« {path} » existe déjà (un registre Canevas vide) : cochez « Remplacer un registre vide existant » pour le remplacer, ou choisissez un autre nom de fichier.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="208" />
      <source>« {path} » already holds a Canevas register ({stations} station(s), {benchmarks} benchmark(s)): it is never overwritten. Choose another file name.</source>
      <translation>« {path} » contient déjà un registre Canevas ({stations} station(s), {benchmarks} repère(s)) : il n'est jamais écrasé. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
      <location filename="../core/textfile.py" line="73" />
      <source>« {path} » cannot be read ({reason}): choose an existing, readable file.</source>
      <translation>« {path} » ne peut pas être lu ({reason}) : choisissez un fichier existant et lisible.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_rasters.py" line="31" />
      <source>« {path} » cannot be read as an image: the file is damaged, truncated or not a raster. Choose a GeoTIFF (or another image QGIS opens).</source>
      <translation>« {path} » ne peut pas être lu comme une image : le fichier est endommagé, tronqué ou n'est pas un raster. Choisissez un GeoTIFF (ou une autre image que QGIS ouvre).</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="374" />
      <source>« {path} » cannot be written ({error}): close it in QGIS or choose another file name.</source>
      <translation>« {path} » ne peut pas être écrit ({error}) : fermez-le dans QGIS ou choisissez un autre nom de fichier.</translation>
    </message>
    <message>
      <location filename="../core/textfile.py" line="101" />
      <source>« {path} » cannot be written ({reason}): choose another output file.</source>
      <translation>« {path} » ne peut pas être écrit ({reason}) : choisissez un autre fichier de sortie.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="189" />
      <source>« {path} » does not end with .gpkg: a Canevas database is a GeoPackage file.</source>
      <translation>« {path} » ne se termine pas par .gpkg : une base de données Canevas est un fichier GeoPackage.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_rasters.py" line="23" />
      <source>« {path} » does not exist: choose an existing image file.</source>
      <translation>« {path} » n'existe pas : choisissez un fichier image existant.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="215" />
      <source>« {path} » exists and cannot be replaced (read-only): close it in QGIS or choose another file name.</source>
      <translation>« {path} » existe et ne peut pas être remplacé (lecture seule) : fermez-le dans QGIS ou choisissez un autre nom de fichier.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="202" />
      <source>« {path} » exists and is not a readable GeoPackage, or is a damaged one ({error}): it is left untouched. Choose another file name.</source>
      <translation>« {path} » existe et n'est pas un GeoPackage lisible, ou c'est un GeoPackage endommagé ({error}) : il est laissé intact. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="205" />
      <source>« {path} » is a GeoPackage holding other layers ({layers}): it is never replaced. Choose another file name.</source>
      <translation>« {path} » est un GeoPackage qui contient d'autres couches ({layers}) : il n'est jamais remplacé. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_leveling.py" line="258" />
      <source>« {path} » is a damaged database ({error}): its rows cannot all be read, so the result would be incomplete. Restore the file from a backup, or export the layer again, then run again.</source>
      <translation>« {path} » est une base de données endommagée ({error}) : ses lignes ne peuvent pas toutes être lues, le résultat serait donc incomplet. Restaurez le fichier depuis une sauvegarde, ou exportez de nouveau la couche, puis relancez.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="226" />
      <source>« {path} » is a file, not a folder: with « One PDF per fiche » choose a folder.</source>
      <translation>« {path} » est un fichier, pas un dossier : avec « Un PDF par fiche », choisissez un dossier.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="196" />
      <source>« {path} » is a folder: give the path of a .gpkg file.</source>
      <translation>« {path} » est un dossier : indiquez le chemin d'un fichier .gpkg.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_rasters.py" line="27" />
      <source>« {path} » is empty (0 bytes): choose the image file again, it was not saved completely.</source>
      <translation>« {path} » est vide (0 octet) : choisissez de nouveau le fichier image, il n'a pas été enregistré entièrement.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="79" />
      <source>« {path} » is empty (0 bytes): it is not a Canevas database. Choose the GeoPackage made by « Create a Canevas database », or restore it from a backup.</source>
      <translation>« {path} » est vide (0 octet) : ce n'est pas une base de données Canevas. Choisissez le GeoPackage créé par « Créer une base de données Canevas », ou restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="91" />
      <source>« {path} » is not a Canevas database: the layer(s) {missing} are missing. Create one with « Create a Canevas database ».</source>
      <translation>« {path} » n'est pas une base de données Canevas : la ou les couches {missing} sont absentes. Créez-en une avec « Créer une base de données Canevas ».</translation>
    </message>
    <message>
      <location filename="../toolbelt/register_heights.py" line="64" />
      <source>« {path} » is not a Canevas register: the layer(s) {missing} are missing.</source>
      <translation>« {path} » n'est pas un registre Canevas : la ou les couches {missing} manquent.</translation>
    </message>
    <message>
      <location filename="../toolbelt/register_heights.py" line="45" />
      <source>« {path} » is not a GeoPackage (another kind of file, or a damaged one): choose the Canevas register made by « Create a Canevas database ».</source>
      <translation>« {path} » n'est pas un GeoPackage (un autre type de fichier, ou un fichier endommagé) : choisissez le registre Canevas créé par « Créer une base de données Canevas ».</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="87" />
      <source>« {path} » is not a GeoPackage, or a damaged one ({error}): choose the Canevas database made by « Create a Canevas database », or restore it from a backup.</source>
      <translation>« {path} » n'est pas un GeoPackage, ou un GeoPackage endommagé ({error}) : choisissez la base de données Canevas créée par « Créer une base de données Canevas », ou restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/exportfiches.py" line="178" />
      <source>« {path} » is not a complete QGIS layout template ({error}, line {line}): the file is damaged or truncated. Choose a .qpt file saved by QGIS.</source>
      <translation>« {path} » n'est pas un modèle de mise en page QGIS complet ({error}, ligne {line}) : le fichier est endommagé ou tronqué. Choisissez un fichier .qpt enregistré par QGIS.</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/createdatabase.py" line="369" />
      <source>« {path} » received data while the new register was being made: it is kept. Choose another file name.</source>
      <translation>« {path} » a reçu des données pendant la création du nouveau registre : il est conservé. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_editing.py" line="233" />
      <source>« {text} » in « {field} » reads as {one} or as {other}: type it without thousands separators.</source>
      <translation>« {text} » dans « {field} » se lit {one} ou {other} : tapez-le sans séparateur de milliers.</translation>
    </message>
    <message>
      <location filename="../core/fiche.py" line="211" />
      <source>« {value} » in « {field} » is not a number a fiche can hold: type a finite number.</source>
      <translation>« {value} » dans « {field} » n'est pas un nombre qu'une fiche peut porter : saisissez un nombre fini.</translation>
    </message>
    <message>
      <location filename="../plugin/fiche_editing.py" line="237" />
      <source>« {} » does not fit the field « {} » (a number, or a date as 2024-05-31).</source>
      <translation>« {} » ne convient pas au champ « {} » (un nombre, ou une date au format 2024-05-31).</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="5" />
      <source>Σdh (m)</source>
      <translation>Σdh (m)</translation>
    </message>
    <message>
      <location filename="../core/leveling/adjustment.py" line="213" />
      <source>α and the power must lie between 0 and 1 (α = {alpha}, power = {power}).</source>
      <translation>α et la puissance doivent être entre 0 et 1 (α = {alpha}, puissance = {power}).</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="48" />
      <source>λ0 of the minimal detectable bias (power)</source>
      <translation>λ0 de la faute minimale détectable (puissance)</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="58" />
      <source>σ (mm)</source>
      <translation>σ (mm)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="116" />
      <source>σ0 a posteriori</source>
      <translation>σ0 a posteriori</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/levelingadjustment.py" line="116" />
      <source>χ² = vᵀPv</source>
      <translation>χ² = vᵀPv</translation>
    </message>
    <message>
      <location filename="../core/reports/templates/leveling.html" line="45" />
      <source>χ² acceptance interval</source>
      <translation>Intervalle d'acceptation du χ²</translation>
    </message>
    <message>
      <location filename="../core/messages.py" line="93" />
      <source>… and {count} more</source>
      <translation>… et {count} de plus</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/importignbenchmarks.py" line="288" />
      <source>… and {count} more rejected row(s).</source>
      <translation>… et {count} autre(s) ligne(s) rejetée(s).</translation>
    </message>
  </context>
</TS>

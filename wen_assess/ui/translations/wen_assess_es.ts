<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>About</name>
    <message>
        <source>Translation draft, not reviewed by ICCWC</source>
        <translation>Traducción provisional, no revisada por el ICCWC</translation>
    </message>
    <message>
        <source>About wen-assess</source>
        <translation>Acerca de wen-assess</translation>
    </message>
    <message>
        <source>Maturity self-assessment for Wildlife Enforcement Networks.</source>
        <translation>Autoevaluación de la madurez de las redes de aplicación de la ley sobre vida silvestre (WEN).</translation>
    </message>
    <message>
        <source>Fonts shipped with the app: DejaVu (free licence); Noto Sans Arabic, Ethiopic, Devanagari, Bengali, Thai, Lao, Khmer, Myanmar and Noto Emoji (SIL Open Font Licence); Droid Sans Fallback (Apache 2.0).</source>
        <translation>Fuentes incluidas con la aplicación: DejaVu (licencia libre); Noto Sans Arabic, Ethiopic, Devanagari, Bengali, Thai, Lao, Khmer, Myanmar y Noto Emoji (SIL Open Font Licence); Droid Sans Fallback (Apache 2.0).</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Workshop agenda — {network}</source>
        <translation>Agenda del taller — {network}</translation>
    </message>
    <message>
        <source>Workshop agenda</source>
        <translation>Agenda del taller</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to discuss</source>
        <translation>
            <numerusform>%n elemento para debatir</numerusform>
            <numerusform>%n elementos para debatir</numerusform>
        </translation>
    </message>
    <message>
        <source>By area, in questionnaire order. An item is here when members disagree by two levels or more, when fewer than half of the responses answer it, or when it is a critical item the responses do not settle.</source>
        <translation>Por área, en el orden del cuestionario. Un elemento figura aquí cuando los miembros discrepan en dos niveles o más, cuando menos de la mitad de las respuestas lo contestan o cuando es un elemento crítico que las respuestas no resuelven.</translation>
    </message>
    <message>
        <source>No responses imported yet.</source>
        <translation>Todavía no se ha importado ninguna respuesta.</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>acordado</translation>
    </message>
    <message>
        <source>to agree</source>
        <translation>por acordar</translation>
    </message>
    <message>
        <source>{reasons}. Levels {distribution}; median {median}, range {range}; proposal {proposal}; {status}.</source>
        <translation>{reasons}. Niveles {distribution}; mediana {median}, rango {range}; propuesta {proposal}; {status}.</translation>
    </message>
    <message>
        <source>members disagree</source>
        <translation>los miembros discrepan</translation>
    </message>
    <message>
        <source>few responses</source>
        <translation>pocas respuestas</translation>
    </message>
    <message>
        <source>critical item</source>
        <translation>elemento crítico</translation>
    </message>
    <message>
        <source>Save the workshop agenda</source>
        <translation>Guardar la agenda del taller</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Agenda not saved</source>
        <translation>Agenda no guardada</translation>
    </message>
    <message>
        <source>Cannot write {file}: {problem}.</source>
        <translation>No se puede escribir {file}: {problem}.</translation>
    </message>
    <message>
        <source>Agenda saved</source>
        <translation>Agenda guardada</translation>
    </message>
    <message>
        <source>Saved to {file}.</source>
        <translation>Guardado en {file}.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>wen-assess cannot start</source>
        <translation>wen-assess no puede iniciarse</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Base de datos actualizada</translation>
    </message>
    <message>
        <source>Your assessments were upgraded to this version&apos;s format. A copy of the old file is kept at:
{path}</source>
        <translation>Sus evaluaciones se actualizaron al formato de esta versión. Se conserva una copia del archivo anterior en:
{path}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Your saved answers are safe; {where}. Please send that file with a description of what you did.</source>
        <translation>Algo salió mal: {error}

Sus respuestas guardadas están a salvo; {where}. Envíe ese archivo con una descripción de lo que estaba haciendo.</translation>
    </message>
    <message>
        <source>wen-assess cannot use this database</source>
        <translation>wen-assess no puede usar esta base de datos</translation>
    </message>
    <message>
        <source>Questionnaire damaged</source>
        <translation>Cuestionario dañado</translation>
    </message>
    <message>
        <source>Questionnaire skipped</source>
        <translation>Cuestionario omitido</translation>
    </message>
    <message>
        <source>{path} is not a valid questionnaire and was skipped:</source>
        <translation>{path} no es un cuestionario válido y se omitió:</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>{area} progress</source>
        <translation>Avance: {area}</translation>
    </message>
    <message>
        <source>Keep every carried-over answer of this area as it is: mark them reviewed</source>
        <translation>Mantener tal cual todas las respuestas traspasadas de esta área: marcarlas como revisadas</translation>
    </message>
    <message numerus="yes">
        <source>{answered} of %n items answered · score {score} · band {band}</source>
        <translation>
            <numerusform>{answered} de %n elemento respondido · puntuación {score} · banda {band}</numerusform>
            <numerusform>{answered} de %n elementos respondidos · puntuación {score} · banda {band}</numerusform>
        </translation>
    </message>
    <message>
        <source>(capped: critical item {items} at a low level)</source>
        <translation>(limitada: elemento crítico {items} en un nivel bajo)</translation>
    </message>
    <message numerus="yes">
        <source>Confirm all %n carried-over answers in this area</source>
        <translation>
            <numerusform>Confirmar la respuesta traspasada de esta área</numerusform>
            <numerusform>Confirmar las %n respuestas traspasadas de esta área</numerusform>
        </translation>
    </message>
    <message>
        <source>all in {area}</source>
        <translation>todas en {area}</translation>
    </message>
</context>
<context>
    <name>AssessmentController</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>{what} of {item}</source>
        <translation>{what} de {item}</translation>
    </message>
    <message>
        <source>clearing {item}</source>
        <translation>borrado de {item}</translation>
    </message>
    <message>
        <source>confirming {what}</source>
        <translation>confirmación de {what}</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participantes</translation>
    </message>
    <message>
        <source>target of {area}</source>
        <translation>meta de {area}</translation>
    </message>
    <message>
        <source>plan {what} of {item}</source>
        <translation>plan ({what}) de {item}</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>No completada</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>No se pudo guardar: {reason}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Guardado a las {time}</translation>
    </message>
    <message>
        <source>network name</source>
        <translation>nombre de la red</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>member countries</source>
        <translation>países miembros</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>assessment date</source>
        <translation>fecha de la evaluación</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>facilitador</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>due</source>
        <translation>plazo</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>justificación</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>marca</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Assessment sections</source>
        <translation>Secciones de la evaluación</translation>
    </message>
    <message>
        <source>Items answered</source>
        <translation>Elementos respondidos</translation>
    </message>
    <message>
        <source>%v of %m items answered</source>
        <translation>%v de %m elementos respondidos</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>◂ &amp;Library</source>
        <translation>◂ &amp;Biblioteca</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Volver a la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Previous section (Ctrl+PgUp)</source>
        <translation>Sección anterior (Ctrl+RePág)</translation>
    </message>
    <message>
        <source>Next section (Ctrl+PgDown)</source>
        <translation>Sección siguiente (Ctrl+AvPág)</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Sección siguiente</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Sección anterior</translation>
    </message>
    <message>
        <source>Click an item first: the digit answers the item last worked on</source>
        <translation>Haga clic primero en un elemento: el dígito responde al último elemento trabajado</translation>
    </message>
    <message>
        <source>Changes saved by someone else are shown</source>
        <translation>Se muestran los cambios guardados por otra persona</translation>
    </message>
    <message>
        <source>Assessment deleted</source>
        <translation>Evaluación eliminada</translation>
    </message>
    <message>
        <source>This assessment was deleted in another window or by another person.</source>
        <translation>Esta evaluación se eliminó en otra ventana o la eliminó otra persona.</translation>
    </message>
    <message>
        <source>the network profile</source>
        <translation>el perfil de la red</translation>
    </message>
    <message>
        <source>the participants</source>
        <translation>los participantes</translation>
    </message>
    <message>
        <source>the target of {area}</source>
        <translation>la meta de {area}</translation>
    </message>
    <message>
        <source>the action plan of {item}</source>
        <translation>el plan de acción de {item}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
</context>
<context>
    <name>CompareTables</name>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Banda</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Area scores side by side</source>
        <translation>Puntuaciones de las áreas lado a lado</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Puntuación media</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>◂ &amp;Library</source>
        <translation>◂ &amp;Biblioteca</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Volver a la biblioteca</translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n assessments</source>
        <translation>
            <numerusform>Comparación de %n evaluación</numerusform>
            <numerusform>Comparación de %n evaluaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline assessment</source>
        <translation>Evaluación de referencia</translation>
    </message>
    <message>
        <source>Changes within its network and differences of other networks are measured against this assessment (the earliest by default)</source>
        <translation>Los cambios dentro de su red y las diferencias de otras redes se miden respecto a esta evaluación (la más antigua por defecto)</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the comparison as PDF</source>
        <translation>Exportar la comparación en PDF</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the comparison as CSV</source>
        <translation>Exportar la comparación en CSV</translation>
    </message>
    <message>
        <source>Two files: area scores, and the answers to the compared items</source>
        <translation>Dos archivos: las puntuaciones de las áreas y las respuestas a los elementos comparados</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation>Compatibilidad</translation>
    </message>
    <message>
        <source>Assessments left out</source>
        <translation>Evaluaciones excluidas</translation>
    </message>
    <message>
        <source>Overall scores of only some areas</source>
        <translation>Puntuaciones globales de solo algunas áreas</translation>
    </message>
    <message>
        <source>Assessments compared</source>
        <translation>Evaluaciones comparadas</translation>
    </message>
    <message>
        <source>Area scores side by side</source>
        <translation>Puntuaciones de las áreas lado a lado</translation>
    </message>
    <message>
        <source>Radar chart of area scores, one line per assessment</source>
        <translation>Gráfico radar de las puntuaciones de las áreas, una línea por evaluación</translation>
    </message>
    <message>
        <source>Areas of concern</source>
        <translation>Áreas preocupantes</translation>
    </message>
    <message>
        <source>Most improved within a network</source>
        <translation>Mayores mejoras dentro de una red</translation>
    </message>
    <message>
        <source>Biggest declines within a network</source>
        <translation>Mayores retrocesos dentro de una red</translation>
    </message>
    <message>
        <source>No network is assessed more than once here, so there is no change over time to rank: the networks differ (see the Difference columns).</source>
        <translation>Ninguna red se evalúa más de una vez aquí, así que no hay cambio en el tiempo que ordenar: las redes difieren (véanse las columnas Diferencia).</translation>
    </message>
    <message>
        <source>Area scores overlaid</source>
        <translation>Puntuaciones de las áreas superpuestas</translation>
    </message>
    <message>
        <source>Networks over time</source>
        <translation>Las redes en el tiempo</translation>
    </message>
    <message>
        <source>No network is assessed more than once in this selection: there is no trend to show. Select two assessments of the same network to see what changed.</source>
        <translation>Ninguna red se evalúa más de una vez en esta selección: no hay tendencia que mostrar. Seleccione dos evaluaciones de la misma red para ver qué cambió.</translation>
    </message>
    <message>
        <source>Export comparison (PDF)</source>
        <translation>Exportar la comparación (PDF)</translation>
    </message>
    <message>
        <source>Comparison not written</source>
        <translation>Comparación no escrita</translation>
    </message>
    <message>
        <source>Comparison written to {path}</source>
        <translation>Comparación escrita en {path}</translation>
    </message>
    <message>
        <source>Export comparison (CSV)</source>
        <translation>Exportar la comparación (CSV)</translation>
    </message>
    <message>
        <source>Comparison written to {path} and {other}</source>
        <translation>Comparación escrita en {path} y {other}</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>{share} answered</source>
        <translation>{share} respondido</translation>
    </message>
    <message>
        <source>Done: share of the area&apos;s items answered.</source>
        <translation>Respondido: proporción de elementos del área respondidos.</translation>
    </message>
    <message>
        <source>Change: points against the baseline, {base}. {done}</source>
        <translation>Cambio: puntos respecto a la referencia, {base}. {done}</translation>
    </message>
    <message>
        <source>Change: points within one network, against the baseline ({base}) for its network, against the earliest assessment for another network. Difference: another network&apos;s points against the baseline; networks differ, so this is not a change over time. {done}</source>
        <translation>Cambio: puntos dentro de una misma red, respecto a la referencia ({base}) para su red y respecto a la evaluación más antigua para otra red. Diferencia: puntos de otra red respecto a la referencia; las redes difieren, así que no es un cambio en el tiempo. {done}</translation>
    </message>
    <message>
        <source>Left out: {label} ({title}), {reason}.</source>
        <translation>Excluida: {label} ({title}), {reason}.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Cambiado por otra persona</translation>
    </message>
    <message>
        <source>{who} changed {subject} on {when}, after you last saw it. Which value do you keep?</source>
        <translation>{who} cambió {subject} el {when}, después de su última consulta. ¿Qué valor conserva?</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Someone else changed {subject} after you last saw it. Which value do you keep?</source>
        <translation>Otra persona cambió {subject} después de su última consulta. ¿Qué valor conserva?</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>El otro (guardado)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>El mío</translation>
    </message>
    <message>
        <source>{field}, theirs</source>
        <translation>{field}, el otro</translation>
    </message>
    <message>
        <source>{field}, mine</source>
        <translation>{field}, el mío</translation>
    </message>
    <message>
        <source>Nothing is lost either way: both values stay in the history.</source>
        <translation>No se pierde nada en ningún caso: los dos valores quedan en el historial.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar el mío</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Tomar el otro</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>FillWindow</name>
    <message>
        <source>Response forms ({patterns});;All files (*)</source>
        <translation>Formularios de respuesta ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open the response form</source>
        <translation>No se puede abrir el formulario de respuesta</translation>
    </message>
    <message>
        <source>Response form — {member}</source>
        <translation>Formulario de respuesta — {member}</translation>
    </message>
    <message>
        <source>Response of &lt;b&gt;{member}&lt;/b&gt;</source>
        <translation>Respuesta de &lt;b&gt;{member}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the focal point who answers</source>
        <translation>el punto focal que responde</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Items answered</source>
        <translation>Elementos respondidos</translation>
    </message>
    <message>
        <source>%v of %m items answered</source>
        <translation>%v de %m elementos respondidos</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>The questionnaire installed here is not the very file the form was made with: its wording may differ a little from your coordinator&apos;s.</source>
        <translation>El cuestionario instalado aquí no es exactamente el archivo con el que se creó el formulario: su redacción puede diferir un poco de la de su coordinador.</translation>
    </message>
    <message>
        <source>Areas of the form</source>
        <translation>Áreas del formulario</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Your answers could not be written to {path}: {problem}. They are kept in this window: try again, or use Save as… to keep them in another file.</source>
        <translation>No se pudieron escribir sus respuestas en {path}: {problem}. Se conservan en esta ventana: vuelva a intentarlo, o use Guardar como… para guardarlas en otro archivo.</translation>
    </message>
    <message>
        <source>Save the response form as</source>
        <translation>Guardar el formulario de respuesta como</translation>
    </message>
    <message>
        <source>another response-form window has this file open: close it first</source>
        <translation>otra ventana de formulario de respuesta tiene este archivo abierto: ciérrela primero</translation>
    </message>
    <message>
        <source>Your answers could not be written to {path}: {problem}. Nothing else changed: the window keeps filling in {current}.</source>
        <translation>No se pudieron escribir sus respuestas en {path}: {problem}. Nada más ha cambiado: la ventana sigue rellenando {current}.</translation>
    </message>
    <message>
        <source>Your last answers are not in the file: {problem}. Save them in another file before closing?</source>
        <translation>Sus últimas respuestas no están en el archivo: {problem}. ¿Guardarlas en otro archivo antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Find an item</source>
        <translation>Buscar un elemento</translation>
    </message>
    <message>
        <source>Words from an item&apos;s title or question, or its id</source>
        <translation>Palabras del título o de la pregunta de un elemento, o su identificador</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Texto buscado</translation>
    </message>
    <message>
        <source>Matching items</source>
        <translation>Elementos coincidentes</translation>
    </message>
    <message>
        <source>Number of matching items</source>
        <translation>Número de elementos coincidentes</translation>
    </message>
    <message>
        <source>&amp;Go to item</source>
        <translation>&amp;Ir al elemento</translation>
    </message>
    <message>
        <source>No item matches.</source>
        <translation>Ningún elemento coincide.</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupBar</name>
    <message>
        <source>baseline</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>Assessments in the table&apos;s columns</source>
        <translation>Evaluaciones en las columnas de la tabla</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>wen-assess user guide</source>
        <translation>Guía del usuario de wen-assess</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Values before and after the selected change</source>
        <translation>Valores antes y después del cambio seleccionado</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Todavía no hay cambios registrados.</translation>
    </message>
    <message>
        <source>Changed by {who} on {when}: {what}</source>
        <translation>Cambiado por {who} el {when}: {what}</translation>
    </message>
    <message>
        <source>kept (theirs)</source>
        <translation>conservado (el otro)</translation>
    </message>
    <message>
        <source>set aside (mine)</source>
        <translation>descartado (el mío)</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>{which}: {value}</source>
        <translation>{which}: {value}</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>justification edited</source>
        <translation>justificación editada</translation>
    </message>
    <message>
        <source>note edited</source>
        <translation>notas editadas</translation>
    </message>
    <message>
        <source>flagged for review</source>
        <translation>marcado para revisión</translation>
    </message>
    <message>
        <source>flag removed</source>
        <translation>marca quitada</translation>
    </message>
    <message>
        <source>carried-over answer confirmed</source>
        <translation>respuesta traspasada confirmada</translation>
    </message>
    <message>
        <source>marked not yet reviewed</source>
        <translation>marcado como aún no revisado</translation>
    </message>
    <message>
        <source>set aside in a conflict, their value kept: {what}</source>
        <translation>descartado en un conflicto, se conservó el otro valor: {what}</translation>
    </message>
    <message>
        <source>{fields} edited</source>
        <translation>editado: {fields}</translation>
    </message>
    <message>
        <source>working language {old} → {new}</source>
        <translation>idioma de trabajo {old} → {new}</translation>
    </message>
    <message>
        <source>participants edited ({old} → {new})</source>
        <translation>participantes editados ({old} → {new})</translation>
    </message>
    <message>
        <source>target {old} → {new}</source>
        <translation>meta {old} → {new}</translation>
    </message>
    <message>
        <source>plan entry added</source>
        <translation>entrada del plan añadida</translation>
    </message>
    <message>
        <source>plan entry removed</source>
        <translation>entrada del plan eliminada</translation>
    </message>
    <message>
        <source>plan entry edited ({fields})</source>
        <translation>entrada del plan editada ({fields})</translation>
    </message>
    <message>
        <source>marked completed</source>
        <translation>marcada como completada</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>reabierta</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creada</translation>
    </message>
    <message>
        <source>created from a baseline assessment</source>
        <translation>creada a partir de una evaluación de referencia</translation>
    </message>
    <message>
        <source>imported from {file}</source>
        <translation>importada desde {file}</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>justificación</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>flag for review</source>
        <translation>marca para revisión</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisado</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participantes</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>network name</source>
        <translation>nombre de la red</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>member countries</source>
        <translation>países miembros</translation>
    </message>
    <message>
        <source>assessment date</source>
        <translation>fecha de la evaluación</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>facilitador</translation>
    </message>
    <message>
        <source>working language</source>
        <translation>idioma de trabajo</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>plazo</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>target level</source>
        <translation>nivel meta</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <source>Critical item</source>
        <translation>Elemento crítico</translation>
    </message>
    <message>
        <source>Carried over — not yet reviewed</source>
        <translation>Traspasado — aún no revisado</translation>
    </message>
    <message>
        <source>Level {level} ({name}) looks like:</source>
        <translation>El nivel {level} ({name}) se ve así:</translation>
    </message>
    <message>
        <source>Evidence, for example: {list}</source>
        <translation>Evidencias, por ejemplo: {list}</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>The item does not apply to this network (say why below).</source>
        <translation>El elemento no se aplica a esta red (explique por qué abajo).</translation>
    </message>
    <message>
        <source>Why does this item not apply? (required)</source>
        <translation>¿Por qué no se aplica este elemento? (obligatorio)</translation>
    </message>
    <message>
        <source>{item} justification for Not applicable</source>
        <translation>{item} justificación de «No aplicable»</translation>
    </message>
    <message>
        <source>Notes and evidence: documents, minutes, links…</source>
        <translation>Notas y evidencias: documentos, actas, enlaces…</translation>
    </message>
    <message>
        <source>{item} notes and evidence</source>
        <translation>{item} notas y evidencias</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>Marcar para revisión</translation>
    </message>
    <message>
        <source>{item} flag for review</source>
        <translation>{item} marcar para revisión</translation>
    </message>
    <message>
        <source>Level {level} – {name}</source>
        <translation>Nivel {level} – {name}</translation>
    </message>
    <message>
        <source>{level}: {meaning}</source>
        <translation>{level}: {meaning}</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>nivel {level}</translation>
    </message>
    <message>
        <source>{question} Current answer: {state}.</source>
        <translation>{question} Respuesta actual: {state}.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Keep this carried-over answer as it is: mark it reviewed</source>
        <translation>Mantener esta respuesta traspasada tal cual: marcarla como revisada</translation>
    </message>
    <message>
        <source>{item}: confirm carried-over answer</source>
        <translation>{item}: confirmar la respuesta traspasada</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Remove the level or N/A (Delete); notes and flag stay</source>
        <translation>Quitar el nivel o N/A (Supr); las notas y la marca se mantienen</translation>
    </message>
    <message>
        <source>{item}: clear answer</source>
        <translation>{item}: borrar la respuesta</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Borrar la respuesta</translation>
    </message>
    <message>
        <source>Confirm carried-over answer</source>
        <translation>Confirmar la respuesta traspasada</translation>
    </message>
    <message>
        <source>&amp;History of this item…</source>
        <translation>&amp;Historial de este elemento…</translation>
    </message>
    <message>
        <source>History of {item} — {title}</source>
        <translation>Historial de {item} — {title}</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The report, the action-plan workbook and the comparison are written in it</source>
        <translation>El informe, el libro del plan de acción y la comparación se redactan en este idioma</translation>
    </message>
</context>
<context>
    <name>LibraryWidget</name>
    <message>
        <source>Filter by network, title, status, band…</source>
        <translation>Filtrar por red, título, estado, banda…</translation>
    </message>
    <message>
        <source>Filter assessments</source>
        <translation>Filtrar las evaluaciones</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Re-assess…</source>
        <translation>&amp;Reevaluar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Re&amp;port (PDF)…</source>
        <translation>In&amp;forme (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Compare two or more assessments side by side (Ctrl+click to select them)</source>
        <translation>Comparar dos o más evaluaciones lado a lado (Ctrl+clic para seleccionarlas)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>WEN assessment files ({patterns});;All files (*)</source>
        <translation>Archivos de evaluación WEN ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>wen-assess — WEN self-assessment</source>
        <translation>wen-assess — autoevaluación de las WEN</translation>
    </message>
    <message>
        <source>wen-assess — {name}</source>
        <translation>wen-assess — {name}</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Base de datos: {name}</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Translation draft, not reviewed by ICCWC</source>
        <translation>Traducción provisional, no revisada por el ICCWC</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nueva evaluación…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Fill in a response form…</source>
        <translation>&amp;Rellenar un formulario de respuesta…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>Exportar el &amp;informe (PDF)…</translation>
    </message>
    <message>
        <source>Export action &amp;plan (Excel or CSV)…</source>
        <translation>Exportar el &amp;plan de acción (Excel o CSV)…</translation>
    </message>
    <message>
        <source>Add &amp;demo assessments</source>
        <translation>Añadir las evaluaciones de &amp;demostración</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Su no&amp;mbre…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>E&amp;valuación</translation>
    </message>
    <message>
        <source>Back to &amp;library</source>
        <translation>Volver a la &amp;biblioteca</translation>
    </message>
    <message>
        <source>&amp;Re-assess…</source>
        <translation>&amp;Reevaluar…</translation>
    </message>
    <message>
        <source>&amp;Compare selected</source>
        <translation>&amp;Comparar la selección</translation>
    </message>
    <message>
        <source>Member r&amp;esponses…</source>
        <translation>Res&amp;puestas de los miembros…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Presentación</translation>
    </message>
    <message>
        <source>&amp;Find item…</source>
        <translation>&amp;Buscar elemento…</translation>
    </message>
    <message>
        <source>Reset &amp;column widths</source>
        <translation>Restablecer el ancho de las &amp;columnas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About wen-assess</source>
        <translation>&amp;Acerca de wen-assess</translation>
    </message>
    <message>
        <source>Text size {percent} %</source>
        <translation>Tamaño del texto {percent} %</translation>
    </message>
    <message>
        <source>Presentation shows an area page: open one first.</source>
        <translation>La presentación muestra una página de área: abra una primero.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>C&amp;lear answer</source>
        <translation>&amp;Borrar la respuesta</translation>
    </message>
    <message>
        <source>&amp;Confirm carried-over answer</source>
        <translation>&amp;Confirmar la respuesta traspasada</translation>
    </message>
    <message>
        <source>Confirm &amp;all carried-over answers in this area</source>
        <translation>Confirmar &amp;todas las respuestas traspasadas de esta área</translation>
    </message>
    <message>
        <source>Item &amp;history…</source>
        <translation>&amp;Historial del elemento…</translation>
    </message>
    <message>
        <source>C&amp;lear answer of {item}</source>
        <translation>&amp;Borrar la respuesta de {item}</translation>
    </message>
    <message>
        <source>&amp;Confirm carried-over answer of {item}</source>
        <translation>&amp;Confirmar la respuesta traspasada de {item}</translation>
    </message>
    <message>
        <source>Click an item first</source>
        <translation>Haga clic primero en un elemento</translation>
    </message>
    <message>
        <source>Open an area of the questionnaire first</source>
        <translation>Abra primero un área del cuestionario</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation>No se puede abrir la evaluación</translation>
    </message>
    <message>
        <source>Cannot show the responses</source>
        <translation>No se pueden mostrar las respuestas</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>No se puede comparar</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n assessments; left out {left} (no item in common)</source>
        <translation>
            <numerusform>%n evaluación comparada; excluidas: {left} (ningún elemento en común)</numerusform>
            <numerusform>%n evaluaciones comparadas; excluidas: {left} (ningún elemento en común)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the assessment</source>
        <translation>No se puede crear la evaluación</translation>
    </message>
    <message>
        <source>Re-assess</source>
        <translation>Reevaluar</translation>
    </message>
    <message>
        <source>A new assessment of {network} starts from this one&apos;s answers, each marked &apos;carried over&apos; until someone reviews it.

Title of the new assessment:</source>
        <translation>Una nueva evaluación de {network} parte de las respuestas de esta, cada una marcada como «traspasada» hasta que alguien la revise.

Título de la nueva evaluación:</translation>
    </message>
    <message>
        <source>{network} re-assessment</source>
        <translation>Reevaluación de {network}</translation>
    </message>
    <message>
        <source>Cannot re-assess</source>
        <translation>No se puede reevaluar</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Eliminar la evaluación</translation>
    </message>
    <message>
        <source>Delete “{title}” of {network}?

Its answers, notes and action plan are removed from this computer. This cannot be undone; export it first to keep a copy.</source>
        <translation>¿Eliminar «{title}» de {network}?

Sus respuestas, notas y plan de acción se eliminan de este ordenador. No se puede deshacer; expórtela antes para conservar una copia.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>No se puede eliminar</translation>
    </message>
    <message>
        <source>Cannot add the demo assessments</source>
        <translation>No se pueden añadir las evaluaciones de demostración</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo assessments</source>
        <translation>
            <numerusform>%n evaluación de demostración añadida</numerusform>
            <numerusform>%n evaluaciones de demostración añadidas</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo assessments are already there</source>
        <translation>Las evaluaciones de demostración ya están</translation>
    </message>
    <message>
        <source>Import assessments</source>
        <translation>Importar evaluaciones</translation>
    </message>
    <message>
        <source>Fill in a response form</source>
        <translation>Rellenar un formulario de respuesta</translation>
    </message>
    <message>
        <source>Response form in Excel</source>
        <translation>Formulario de respuesta en Excel</translation>
    </message>
    <message>
        <source>{file} is the Excel version of a response form: fill it in with Excel or LibreOffice. To fill it in here, open the .response.wen.json file that came with it. A coordinator imports filled forms from an open assessment (Assessment › Member responses).</source>
        <translation>{file} es la versión Excel de un formulario de respuesta: rellénela con Excel o LibreOffice. Para rellenarlo aquí, abra el archivo .response.wen.json que lo acompaña. Un coordinador importa los formularios rellenados desde una evaluación abierta (Evaluación › Respuestas de los miembros).</translation>
    </message>
    <message>
        <source> (a file that is not imported changes nothing).</source>
        <translation> (un archivo no importado no cambia nada).</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>History of {network} — {title}</source>
        <translation>Historial de {network} — {title}</translation>
    </message>
    <message>
        <source>Export assessment</source>
        <translation>Exportar la evaluación</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Exported to {path} (checked by reading it back)</source>
        <translation>Exportada en {path} (comprobada al releerla)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Informe no escrito</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Informe escrito en {path}</translation>
    </message>
    <message>
        <source>Export action plan</source>
        <translation>Exportar el plan de acción</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, for any spreadsheet (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV, para cualquier hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>Action plan not written</source>
        <translation>Plan de acción no escrito</translation>
    </message>
    <message numerus="yes">
        <source>Action plan (%n entries) written to {path}</source>
        <translation>
            <numerusform>Plan de acción (%n entrada) escrito en {path}</numerusform>
            <numerusform>Plan de acción (%n entradas) escrito en {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MakeFormsDialog</name>
    <message>
        <source>Make response forms</source>
        <translation>Crear formularios de respuesta</translation>
    </message>
    <message>
        <source>Member countries, separated by commas</source>
        <translation>Países miembros, separados por comas</translation>
    </message>
    <message>
        <source>optional, e.g. Wildlife authority, Customs</source>
        <translation>opcional, p. ej. Autoridad de vida silvestre, Aduanas</translation>
    </message>
    <message>
        <source>Agencies, separated by commas (optional)</source>
        <translation>Organismos, separados por comas (opcional)</translation>
    </message>
    <message>
        <source>Folder for the forms</source>
        <translation>Carpeta para los formularios</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>One Excel form per country (or per country and agency), in the assessment&apos;s language, plus the same as a response file for members who use wen-assess.</source>
        <translation>Un formulario de Excel por país (o por país y organismo), en el idioma de la evaluación, y el mismo como archivo de respuesta para los miembros que usan wen-assess.</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>&amp;Países:</translation>
    </message>
    <message>
        <source>A&amp;gencies:</source>
        <translation>&amp;Organismos:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Make forms</source>
        <translation>C&amp;rear formularios</translation>
    </message>
    <message>
        <source>No forms made</source>
        <translation>No se creó ningún formulario</translation>
    </message>
    <message>
        <source>Name at least one country.</source>
        <translation>Indique al menos un país.</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Elija una carpeta.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {problem}.</source>
        <translation>No se puede escribir en {folder}: {problem}.</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message numerus="yes">
        <source>{title} (v{version}, %n items)</source>
        <translation>
            <numerusform>{title} (v{version}, %n elemento)</numerusform>
            <numerusform>{title} (v{version}, %n elementos)</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. SAWEN</source>
        <translation>p. ej. SAWEN</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>Nombre de la red</translation>
    </message>
    <message>
        <source>e.g. South Asia</source>
        <translation>p. ej. Sudamérica</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Fecha de la evaluación</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Comenzar</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Cuestionario:</translation>
    </message>
    <message>
        <source>&amp;Network name:</source>
        <translation>&amp;Nombre de la red:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>Assessment &amp;date:</source>
        <translation>&amp;Fecha de la evaluación:</translation>
    </message>
    <message>
        <source>&amp;Working language:</source>
        <translation>&amp;Idioma de trabajo:</translation>
    </message>
    <message>
        <source>Please give the network&apos;s name.</source>
        <translation>Indique el nombre de la red.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation / agency</source>
        <translation>Organización / organismo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>&amp;Añadir participante</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Quitar los seleccionados</translation>
    </message>
    <message>
        <source>Who took part: the chair and secretariat, national focal points of wildlife/CITES authorities, customs, police and prosecution, and observers.</source>
        <translation>Quién participó: la presidencia y la secretaría, los puntos focales nacionales de las autoridades de vida silvestre y CITES, aduanas, policía y fiscalía, y los observadores.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>E&amp;xport plan (Excel or CSV)…</source>
        <translation>E&amp;xportar el plan (Excel o CSV)…</translation>
    </message>
    <message>
        <source>One line per improvement item, most urgent first (P1 critical items at a low level, P2 other low items, P3 items one step from the top). Give each an owner, a due date and a status; defaults follow the priority. Saved as you edit; the plan travels in exported files and the report.</source>
        <translation>Una línea por elemento a mejorar, el más urgente primero (P1 elementos críticos en un nivel bajo, P2 otros elementos bajos, P3 elementos a un paso del máximo). Asigne a cada uno un responsable, un plazo y un estado; los valores por defecto siguen la prioridad. Se guarda al editar; el plan viaja en los archivos exportados y en el informe.</translation>
    </message>
    <message>
        <source>Due date for {item}</source>
        <translation>Plazo de {item}</translation>
    </message>
    <message>
        <source>Status of {item}</source>
        <translation>Estado de {item}</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>Presentation — {area}</source>
        <translation>Presentación — {area}</translation>
    </message>
    <message>
        <source>Presentation view</source>
        <translation>Vista de presentación</translation>
    </message>
    <message>
        <source>Area and position</source>
        <translation>Área y posición</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Does not apply.</source>
        <translation>No se aplica.</translation>
    </message>
    <message>
        <source>0–3 or N answers · ← → or PgUp/PgDn: other items · Esc or F11: back to the page</source>
        <translation>0–3 o N responde · ← → o RePág/AvPág: otros elementos · Esc o F11: volver a la página</translation>
    </message>
    <message>
        <source>Answer status</source>
        <translation>Estado de la respuesta</translation>
    </message>
    <message numerus="yes">
        <source>{code} · {area} — item {position} of %n</source>
        <translation>
            <numerusform>{code} · {area} — elemento {position} de %n</numerusform>
            <numerusform>{code} · {area} — elemento {position} de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>critical item</source>
        <translation>elemento crítico</translation>
    </message>
    <message>
        <source>This assessment is completed: reopen it to change answers.</source>
        <translation>Esta evaluación está completada: reábrala para cambiar las respuestas.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Aún sin respuesta.</translation>
    </message>
    <message>
        <source>Not applicable — write why in the item&apos;s justification after the session.</source>
        <translation>No aplicable — escriba por qué en la justificación del elemento después de la sesión.</translation>
    </message>
    <message>
        <source>Answered: level {level}. Saved.</source>
        <translation>Respuesta: nivel {level}. Guardada.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Network profile</source>
        <translation>Perfil de la red</translation>
    </message>
    <message>
        <source>One country per line</source>
        <translation>Un país por línea</translation>
    </message>
    <message>
        <source>&amp;Network name:</source>
        <translation>&amp;Nombre de la red:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>&amp;Member countries:</source>
        <translation>&amp;Países miembros:</translation>
    </message>
    <message>
        <source>Assessment &amp;title:</source>
        <translation>&amp;Título de la evaluación:</translation>
    </message>
    <message>
        <source>Assessment &amp;date:</source>
        <translation>&amp;Fecha de la evaluación:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitador:</translation>
    </message>
    <message>
        <source>&amp;Working language:</source>
        <translation>&amp;Idioma de trabajo:</translation>
    </message>
    <message>
        <source>Questionnaire:</source>
        <translation>Cuestionario:</translation>
    </message>
    <message>
        <source>Who is assessing, and when.</source>
        <translation>Quién evalúa y cuándo.</translation>
    </message>
    <message>
        <source>The network&apos;s name cannot be empty.</source>
        <translation>El nombre de la red no puede estar vacío.</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of area scores against targets</source>
        <translation>Gráfico radar de las puntuaciones de las áreas frente a las metas</translation>
    </message>
</context>
<context>
    <name>ResponseItemWidget</name>
    <message>
        <source>Remove the level or N/A (Delete); notes stay</source>
        <translation>Quitar el nivel o N/A (Supr); las notas se mantienen</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Borrar la respuesta</translation>
    </message>
</context>
<context>
    <name>ResponsesDialog</name>
    <message>
        <source>Member responses — {network}</source>
        <translation>Respuestas de los miembros — {network}</translation>
    </message>
    <message>
        <source>Make &amp;forms…</source>
        <translation>Crear &amp;formularios…</translation>
    </message>
    <message>
        <source>&amp;Import responses…</source>
        <translation>&amp;Importar respuestas…</translation>
    </message>
    <message>
        <source>Workshop &amp;agenda…</source>
        <translation>&amp;Agenda del taller…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Items and what the members said</source>
        <translation>Elementos y lo que dijeron los miembros</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Who said what</source>
        <translation>Quién dijo qué</translation>
    </message>
    <message>
        <source>Use the proposal as the agreed level</source>
        <translation>Usar la propuesta como nivel acordado</translation>
    </message>
    <message>
        <source>Agreed level</source>
        <translation>Nivel acordado</translation>
    </message>
    <message>
        <source>A&amp;greed level:</source>
        <translation>&amp;Nivel acordado:</translation>
    </message>
    <message>
        <source>— not agreed yet —</source>
        <translation>— aún no acordado —</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Bars: how many members gave each level: {squares}</source>
        <translation>Barras: cuántos miembros dieron cada nivel: {squares}</translation>
    </message>
    <message>
        <source>Responses received: {n}. Countries: {countries}.</source>
        <translation>Respuestas recibidas: {n}. Países: {countries}.</translation>
    </message>
    <message>
        <source>Not yet answered: {countries}.</source>
        <translation>Aún no han respondido: {countries}.</translation>
    </message>
    <message>
        <source>Items where members disagree by two levels or more (⚠): {n}. ★ critical item.</source>
        <translation>Elementos en los que los miembros discrepan en dos niveles o más (⚠): {n}. ★ elemento crítico.</translation>
    </message>
    <message>
        <source>No responses yet. Make a form for each member, send them out, then import the filled forms here (or drop them on this window).</source>
        <translation>Todavía no hay respuestas. Cree un formulario para cada miembro, envíelos y luego importe aquí los formularios completados (o suéltelos sobre esta ventana).</translation>
    </message>
    <message>
        <source>critical item</source>
        <translation>elemento crítico</translation>
    </message>
    <message>
        <source>members disagree</source>
        <translation>los miembros discrepan</translation>
    </message>
    <message>
        <source>Answered by {answered} of {responses}. Levels: {distribution}. Median {median}, range {range}.</source>
        <translation>Respondido por {answered} de {responses}. Niveles: {distribution}. Mediana {median}, rango {range}.</translation>
    </message>
    <message>
        <source>Use &amp;proposal: {level}</source>
        <translation>Usar la &amp;propuesta: {level}</translation>
    </message>
    <message>
        <source>Forms made</source>
        <translation>Formularios creados</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) written in {folder}: an Excel workbook and a response file per member. Send each member theirs.</source>
        <translation>
            <numerusform>%n formulario escrito en {folder}: un libro de Excel y un archivo de respuesta para el miembro. Envíeselo.</numerusform>
            <numerusform>%n formularios escritos en {folder}: un libro de Excel y un archivo de respuesta por miembro. Envíe a cada miembro los suyos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import filled response forms</source>
        <translation>Importar formularios de respuesta completados</translation>
    </message>
    <message>
        <source>Response forms (*.xlsx *.json);;All files (*)</source>
        <translation>Formularios de respuesta (*.xlsx *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>Replace a response?</source>
        <translation>¿Reemplazar una respuesta?</translation>
    </message>
    <message>
        <source>{message}.

Replace the earlier response with the one in {file}?</source>
        <translation>{message}.

¿Reemplazar la respuesta anterior por la de {file}?</translation>
    </message>
    <message>
        <source>{file}: {status}: {message}</source>
        <translation>{file}: {status}: {message}</translation>
    </message>
    <message>
        <source>Responses imported</source>
        <translation>Respuestas importadas</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importada</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>reemplazada</translation>
    </message>
    <message>
        <source>kept the earlier response</source>
        <translation>se conservó la respuesta anterior</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>ya importada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Mean level</source>
        <translation>Nivel medio</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Banda</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Area results</source>
        <translation>Resultados por área</translation>
    </message>
    <message>
        <source>Target level for {area}</source>
        <translation>Nivel meta para {area}</translation>
    </message>
    <message>
        <source>Overall result</source>
        <translation>Resultado global</translation>
    </message>
    <message>
        <source>&amp;Mark as completed</source>
        <translation>&amp;Marcar como completada</translation>
    </message>
    <message>
        <source>Re&amp;open for editing</source>
        <translation>Re&amp;abrir para editar</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>Exportar el &amp;informe (PDF)…</translation>
    </message>
    <message>
        <source>Computed from the answers saved so far.</source>
        <translation>Calculados a partir de las respuestas guardadas hasta ahora.</translation>
    </message>
    <message>
        <source>(capped)</source>
        <translation>(limitada)</translation>
    </message>
    <message>
        <source>Capped at {band}: critical item(s) {items} at level {level} or below.</source>
        <translation>Limitada a {band}: elemento(s) crítico(s) {items} en el nivel {level} o inferior.</translation>
    </message>
    <message>
        <source>Overall: {score} · {band}</source>
        <translation>Global: {score} · {band}</translation>
    </message>
    <message numerus="yes">
        <source>{weakest} · completeness {share} ({answered} of %n items) · improvement plan: {p1} P1, {p2} P2, {p3} P3</source>
        <translation>
            <numerusform>{weakest} · completitud {share} ({answered} de %n elemento) · plan de mejora: {p1} P1, {p2} P2, {p3} P3</numerusform>
            <numerusform>{weakest} · completitud {share} ({answered} de %n elementos) · plan de mejora: {p1} P1, {p2} P2, {p3} P3</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;This assessment is completed.&lt;/b&gt; Reopen it to change answers.</source>
        <translation>&lt;b&gt;Esta evaluación está completada.&lt;/b&gt; Reábrala para cambiar las respuestas.</translation>
    </message>
    <message>
        <source>Every item is answered: you can mark the assessment as completed.</source>
        <translation>Todos los elementos están respondidos: puede marcar la evaluación como completada.</translation>
    </message>
    <message>
        <source>Not ready to complete: {reasons}.</source>
        <translation>Aún no se puede completar: {reasons}.</translation>
    </message>
    <message>
        <source>The assessment cannot be completed yet: {reasons}.</source>
        <translation>La evaluación aún no se puede completar: {reasons}.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Still to assess</source>
        <translation>Pendiente de evaluar</translation>
    </message>
    <message>
        <source>Not applicable without a justification</source>
        <translation>«No aplicable» sin justificación</translation>
    </message>
    <message>
        <source>Flagged for review</source>
        <translation>Marcados para revisión</translation>
    </message>
    <message>
        <source>Carried over from the baseline — not yet reviewed</source>
        <translation>Traspasados de la evaluación de referencia — aún no revisados</translation>
    </message>
    <message>
        <source>What is still open before the assessment can be completed.</source>
        <translation>Lo que queda pendiente antes de poder completar la evaluación.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
</context>
<context>
    <name>SavingText</name>
    <message>
        <source>Notes are limited to {count} characters; the rest was not kept.</source>
        <translation>Las notas están limitadas a {count} caracteres; el resto no se conservó.</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>Send to your coordinator</source>
        <translation>Enviar a su coordinador</translation>
    </message>
    <message>
        <source>The file to send</source>
        <translation>El archivo que debe enviar</translation>
    </message>
    <message>
        <source>The file does not hold your last changes: keep them in another file with Save as…, and send that one.</source>
        <translation>El archivo no contiene sus últimos cambios: guárdelos en otro archivo con Guardar como…, y envíe ese.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>Show the file in its folder, to attach it</source>
        <translation>Mostrar el archivo en su carpeta, para adjuntarlo</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Items left open</source>
        <translation>Elementos pendientes</translation>
    </message>
    <message>
        <source>Send this file to your coordinator</source>
        <translation>Envíe este archivo a su coordinador</translation>
    </message>
    <message>
        <source>{answered} of {total} items answered. Your answers are saved in this file as you give them: when you have finished, send it to your coordinator (attached to an e-mail, for example), who imports it into the network&apos;s assessment.</source>
        <translation>{answered} de {total} elementos respondidos. Sus respuestas se guardan en este archivo a medida que las da: cuando termine, envíelo a su coordinador (adjunto a un correo electrónico, por ejemplo), que lo importa en la evaluación de la red.</translation>
    </message>
    <message>
        <source>Not applicable: say why it does not apply</source>
        <translation>No aplicable: indique por qué no se aplica</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Left open ({count}): you may leave out items you cannot judge; only the items you answer are counted. Double-click one to answer it.</source>
        <translation>Pendientes ({count}): puede omitir los elementos que no pueda valorar; solo se cuentan los elementos que responda. Haga doble clic en uno para responderlo.</translation>
    </message>
    <message>
        <source>Every item is answered.</source>
        <translation>Todos los elementos tienen respuesta.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Answer the focused item with that level</source>
        <translation>Responder al elemento activo con ese nivel</translation>
    </message>
    <message>
        <source>Mark the focused item not applicable</source>
        <translation>Marcar el elemento activo como no aplicable</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>Control siguiente / anterior</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Area page</source>
        <translation>Página de área</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Banda</translation>
    </message>
    <message>
        <source>Demo assessment (illustrative data)</source>
        <translation>Evaluación de demostración (datos ilustrativos)</translation>
    </message>
</context>
<context>
    <name>TrendSection</name>
    <message>
        <source>{network}: area scores over time</source>
        <translation>{network}: puntuaciones de las áreas en el tiempo</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Points from {start} to {end}</source>
        <translation>Puntos de {start} a {end}</translation>
    </message>
    <message numerus="yes">
        <source>Items whose level rose (%n), with the notes of both assessments</source>
        <translation>
            <numerusform>Elementos cuyo nivel subió (%n), con las notas de ambas evaluaciones</numerusform>
            <numerusform>Elementos cuyo nivel subió (%n), con las notas de ambas evaluaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>{network}: items whose level rose</source>
        <translation>{network}: elementos cuyo nivel subió</translation>
    </message>
    <message numerus="yes">
        <source>Items whose level fell (%n), with the notes of both assessments</source>
        <translation>
            <numerusform>Elementos cuyo nivel bajó (%n), con las notas de ambas evaluaciones</numerusform>
            <numerusform>Elementos cuyo nivel bajó (%n), con las notas de ambas evaluaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>{network}: items whose level fell</source>
        <translation>{network}: elementos cuyo nivel bajó</translation>
    </message>
    <message>
        <source>Notes {date}</source>
        <translation>Notas {date}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Actions of the earlier plan, and whether they were done</source>
        <translation>Acciones del plan anterior y si se realizaron</translation>
    </message>
    <message>
        <source>The earlier assessment has no action plan.</source>
        <translation>La evaluación anterior no tiene plan de acción.</translation>
    </message>
    <message>
        <source>{network}: follow-up of the earlier plan</source>
        <translation>{network}: seguimiento del plan anterior</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Later plan</source>
        <translation>Plan posterior</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>no figura</translation>
    </message>
    <message>
        <source>done</source>
        <translation>realizada</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>no realizada</translation>
    </message>
    <message>
        <source>Done: marked done in either plan, or the item&apos;s level rose.</source>
        <translation>Realizada: marcada como «Hecho» en alguno de los planes, o el nivel del elemento subió.</translation>
    </message>
    <message>
        <source>Not marked done, and the item&apos;s level did not rise.</source>
        <translation>No marcada como «Hecho» y el nivel del elemento no subió.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrade the shared database?</source>
        <translation>¿Actualizar la base de datos compartida?</translation>
    </message>
    <message>
        <source>The database {name} is at version {current}; this version of wen-assess needs version {head}.</source>
        <translation>La base de datos {name} está en la versión {current}; esta versión de wen-assess necesita la versión {head}.</translation>
    </message>
    <message>
        <source>Other people use it too: after the upgrade, older versions of wen-assess cannot open it. Upgrade it only once everyone has this version.</source>
        <translation>Otras personas también la usan: tras la actualización, las versiones anteriores de wen-assess no podrán abrirla. Actualícela solo cuando todos tengan esta versión.</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>UserName</name>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your name, as it is recorded with each change you make
(others see it in the history, e.g. “changed by A. Mwangi”):</source>
        <translation>Su nombre, tal como se registra con cada cambio que hace
(los demás lo ven en el historial, p. ej. «cambiado por A. Mwangi»):</translation>
    </message>
</context>
<context>
    <name>_EmptyLibrary</name>
    <message>
        <source>No assessments yet</source>
        <translation>Todavía no hay evaluaciones</translation>
    </message>
    <message>
        <source>Start a self-assessment of your network with &lt;b&gt;New&lt;/b&gt;: choose a questionnaire, fill in the network&apos;s profile and go through the areas item by item. Every answer is saved as you give it.&lt;br&gt;&lt;br&gt;Received a &lt;code&gt;.wen.json&lt;/code&gt; file? &lt;b&gt;Import&lt;/b&gt; it, or drop it on this window. To look around first, add the demo assessments of a few example networks (clearly marked as demos; delete them any time).</source>
        <translation>Comience la autoevaluación de su red con &lt;b&gt;Nueva&lt;/b&gt;: elija un cuestionario, complete el perfil de la red y recorra las áreas elemento por elemento. Cada respuesta se guarda en cuanto la da.&lt;br&gt;&lt;br&gt;¿Recibió un archivo &lt;code&gt;.wen.json&lt;/code&gt;? &lt;b&gt;Impórtelo&lt;/b&gt; o suéltelo sobre esta ventana. Para explorar primero, añada las evaluaciones de demostración de algunas redes de ejemplo (claramente marcadas como demostraciones; elimínelas cuando quiera).</translation>
    </message>
    <message>
        <source>Start a new assessment…</source>
        <translation>Comenzar una nueva evaluación…</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Importar un archivo…</translation>
    </message>
    <message>
        <source>Add demo assessments</source>
        <translation>Añadir las evaluaciones de demostración</translation>
    </message>
    <message>
        <source>Asked by your coordinator to fill in a response form (&lt;code&gt;.response.wen.json&lt;/code&gt;)? Open it here, or drop it on this window.</source>
        <translation>¿Su coordinador le pide rellenar un formulario de respuesta (&lt;code&gt;.response.wen.json&lt;/code&gt;)? Ábralo aquí, o suéltelo en esta ventana.</translation>
    </message>
    <message>
        <source>Fill in a response form…</source>
        <translation>Rellenar un formulario de respuesta…</translation>
    </message>
</context>
</TS>

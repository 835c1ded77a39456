<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en">
<context>
    <name>AppHeader</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Go back to the previous page</source>
        <translation>Volver a la página anterior</translation>
    </message>
    <message>
        <source>Know the Limits</source>
        <translation>Conozca los límites</translation>
    </message>
    <message>
        <source>Home: all topics</source>
        <translation>Inicio: todos los temas</translation>
    </message>
    <message>
        <source>Skip to content</source>
        <extracomment>Keyboard shortcut past the header to the page</extracomment>
        <translation>Saltar al contenido</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <source>%1 / %2</source>
        <extracomment>Slide counter in a presentation; %1 this slide, %2 the number of slides</extracomment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Language: en or es.</source>
        <translation>Idioma: en o es.</translation>
    </message>
    <message>
        <source>Open this page (see --list-pages).</source>
        <translation>Abrir esta página (ver --list-pages).</translation>
    </message>
    <message>
        <source>Print every page address, one a line.</source>
        <translation>Mostrar la dirección de cada página, una por línea.</translation>
    </message>
    <message>
        <source>Render the page offscreen to a PNG file and exit.</source>
        <translation>Dibujar la página fuera de pantalla en un archivo PNG y salir.</translation>
    </message>
    <message>
        <source>Add the content in DIR on top of the built-in content.</source>
        <translation>Agregar el contenido de DIR encima del contenido incluido.</translation>
    </message>
    <message>
        <source>Check the content in DIR, print every problem and exit (1 if any).</source>
        <translation>Revisar el contenido de DIR, mostrar cada problema y salir (1 si hay alguno).</translation>
    </message>
    <message>
        <source>Write all content, in the chosen language, to a Markdown file and exit.</source>
        <translation>Escribir todo el contenido, en el idioma elegido, en un archivo Markdown y salir.</translation>
    </message>
    <message>
        <source>Know the Limits: how ICE works with local police, mandamus, federal overreach and what courts can do.</source>
        <translation>Conozca los límites: cómo trabaja ICE con la policía local, el mandamus, la extralimitación federal y lo que pueden hacer los tribunales.</translation>
    </message>
    <message>
        <source>Colours for this run: light or dark (not saved).</source>
        <translation>Colores para esta vez: light (claros) o dark (oscuros); no se guarda.</translation>
    </message>
    <message>
        <source>Show English and Spanish together for this run (not saved).</source>
        <translation>Mostrar inglés y español juntos esta vez (no se guarda).</translation>
    </message>
    <message>
        <source>Write a printable handout of the --page (a walkthrough, a flow, the glossary) to a PDF file and exit.</source>
        <translation>Escribir en un PDF un folleto para imprimir de la --page (un recorrido, un diagrama, el glosario) y salir.</translation>
    </message>
    <message>
        <source>Paper size of a handout: letter (default) or a4.</source>
        <translation>Tamaño del papel del folleto: letter (carta, predeterminado) o a4.</translation>
    </message>
    <message>
        <source>Present the --page (a walkthrough or a flow) full screen, with a notes window.</source>
        <translation>Presentar la --page (un recorrido o un diagrama) en pantalla completa, con una ventana de notas.</translation>
    </message>
    <message>
        <source>Window size (default: 1280x720, or the screen if it is smaller).</source>
        <translation>Tamaño de la ventana (predeterminado: 1280x720, o el de la pantalla si es más pequeña).</translation>
    </message>
</context>
<context>
    <name>ContentStore</name>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>Date format of the &quot;reviewed as of&quot; date, in QDate::toString form (Spanish: &quot;d &apos;de&apos; MMMM &apos;de&apos; yyyy&quot;)</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>en_US</source>
        <comment>locale of dates</comment>
        <translation>es_US</translation>
    </message>
</context>
<context>
    <name>ContentText</name>
    <message>
        <source>Link: %1 (%2 of %3). Enter opens it.</source>
        <extracomment>Screen reader: the link the keyboard is on in a paragraph; %1 its words, %2 its number, %3 how many</extracomment>
        <translation>Enlace: %1 (%2 de %3). Presione Intro para abrirlo.</translation>
    </message>
</context>
<context>
    <name>DefinitionPopup</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>DisplayMenu</name>
    <message>
        <source>Aa</source>
        <extracomment>Header button that opens the display settings; &quot;Aa&quot; stands for text</extracomment>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Display settings</source>
        <translation>Opciones de pantalla</translation>
    </message>
</context>
<context>
    <name>FlowDiagram</name>
    <message>
        <source>Diagram of the whole flow</source>
        <translation>Diagrama completo de las preguntas y resultados</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the diagram to the window</source>
        <translation>Ajustar el diagrama a la ventana</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>The diagram could not be drawn: %1. The Outline tab shows the same flow as text.</source>
        <extracomment>Shown in place of a flow diagram that could not be laid out; %1 says why</extracomment>
        <translation>No se pudo dibujar el diagrama: %1. La pestaña Esquema muestra el mismo diagrama de decisión en forma de texto.</translation>
    </message>
</context>
<context>
    <name>FlowLayout</name>
    <message>
        <source>the answer from %1 leads to %2, which is not a node of this flow</source>
        <extracomment>Why a flow diagram could not be drawn; %1 and %2 are node ids</extracomment>
        <translation>la respuesta de %1 lleva a %2, que no es un punto de este diagrama de decisión</translation>
    </message>
    <message>
        <source>the layout program (Graphviz) could not lay out this flow</source>
        <extracomment>Why a flow diagram could not be drawn</extracomment>
        <translation>el programa de diagramas (Graphviz) no pudo organizar este diagrama de decisión</translation>
    </message>
</context>
<context>
    <name>FlowOutline</name>
    <message>
        <source>Outline of the whole flow</source>
        <translation>Esquema completo de las preguntas y resultados</translation>
    </message>
    <message>
        <source>%1 → </source>
        <translation>%1 → </translation>
    </message>
    <message>
        <source>(see above) %1</source>
        <extracomment>Outline of a flow: a node already listed above; %1 is its text</extracomment>
        <translation>(ver arriba) %1</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Where this path ends</source>
        <extracomment>Shown above the end of a decision flow</extracomment>
        <translation>Dónde termina este camino</translation>
    </message>
    <message>
        <source>Diagram</source>
        <extracomment>Tab that shows a decision flow as a diagram</extracomment>
        <translation>Diagrama</translation>
    </message>
    <message>
        <source>Outline</source>
        <extracomment>Tab that shows a decision flow as an indented text outline</extracomment>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>an answer in both languages</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Present</source>
        <extracomment>Starts presenter mode (full screen diagram) for this flow</extracomment>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>Handout (PDF)</source>
        <extracomment>Saves a printable PDF of this flow: the diagram, then every outcome</extracomment>
        <translation>Folleto (PDF)</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Filter terms</source>
        <translation>Filtrar términos</translation>
    </message>
    <message>
        <source>No term matches.</source>
        <translation>Ningún término coincide.</translation>
    </message>
    <message>
        <source>See also:</source>
        <translation>Vea también:</translation>
    </message>
    <message>
        <source>Handout (PDF)</source>
        <extracomment>Saves a printable PDF of the whole glossary</extracomment>
        <translation>Folleto (PDF)</translation>
    </message>
</context>
<context>
    <name>HandoutExporter</name>
    <message>
        <source>Sources: %1</source>
        <extracomment>Handout: the list of sources under a part; %1 is the list</extracomment>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>Handout: a step heading; %1 step number, %2 step count, %3 step title</extracomment>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Check your understanding:</source>
        <translation>Compruebe lo que aprendió:</translation>
    </message>
    <message>
        <source>Right answer.</source>
        <translation>Respuesta correcta.</translation>
    </message>
    <message>
        <source>Where each path ends</source>
        <translation>Dónde termina cada camino</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>What I explored</source>
        <translation>Lo que exploré</translation>
    </message>
    <message>
        <source>The pages opened in this session, to look at again later. No answers are listed.</source>
        <translation>Las páginas que abrió en esta sesión, para volver a verlas. No se incluye ninguna respuesta.</translation>
    </message>
    <message>
        <source>General information, not legal advice. Reviewed as of %1. Page %2</source>
        <extracomment>Handout footer on every page; %1 is the review date, %2 the page number</extracomment>
        <translation>Información general, no asesoría legal. Revisado al %1. Página %2</translation>
    </message>
    <message>
        <source>the flow is empty</source>
        <extracomment>On a handout&apos;s diagram page when the diagram could not be laid out; %1 says why</extracomment>
        <translation>el diagrama de decisión está vacío</translation>
    </message>
    <message>
        <source>The diagram could not be drawn: %1. Every outcome follows on the next pages.</source>
        <translation>No se pudo dibujar el diagrama: %1. Todos los resultados aparecen en las páginas siguientes.</translation>
    </message>
    <message>
        <source>Know the Limits</source>
        <extracomment>The name of the app at the top of every handout page</extracomment>
        <translation>Conozca los límites</translation>
    </message>
    <message>
        <source>Diagram, part %1 of %2</source>
        <extracomment>Handout: a wide diagram printed over several pages; %1 this part, %2 how many</extracomment>
        <translation>Diagrama, parte %1 de %2</translation>
    </message>
</context>
<context>
    <name>HandoutNotice</name>
    <message>
        <source>Open the folder</source>
        <extracomment>After saving a handout: opens the folder it was saved in</extracomment>
        <translation>Abrir la carpeta</translation>
    </message>
</context>
<context>
    <name>HeaderLinks</name>
    <message>
        <source>Search</source>
        <extracomment>Header link to the search page</extracomment>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search all content (Ctrl+F)</source>
        <translation>Buscar en todo el contenido (Ctrl+F)</translation>
    </message>
    <message>
        <source>Glossary</source>
        <extracomment>Header link to the glossary page</extracomment>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Header link to the list of sources</extracomment>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>Header link to the timeline page</extracomment>
        <translation>Cronología</translation>
    </message>
</context>
<context>
    <name>HeaderMenu</name>
    <message>
        <source>Menu</source>
        <extracomment>Header button that lists the reference pages when they do not fit in the header</extracomment>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Menu: search, glossary, sources, timeline</source>
        <translation>Menú: buscar, glosario, fuentes, cronología</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Header link to the search page</extracomment>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Glossary</source>
        <extracomment>Header link to the glossary page</extracomment>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Header link to the list of sources</extracomment>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>Header link to the timeline page</extracomment>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Home: all topics</source>
        <extracomment>Menu entry to the home page (all topics), when the header has no room for the app&apos;s name</extracomment>
        <translation>Inicio: todos los temas</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Know the Limits</source>
        <translation>Conozca los límites</translation>
    </message>
    <message>
        <source>How ICE works with local police, what courts can and cannot order, and what it means for communities. Plain words, with sources.</source>
        <translation>Cómo trabaja ICE con la policía local, qué pueden y qué no pueden ordenar los tribunales, y qué significa para las comunidades. En palabras sencillas y con fuentes.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <extracomment>Home page card that reopens the page open when the app was last closed</extracomment>
        <translation>Seguir donde lo dejó</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Know the Limits</source>
        <translation>Conozca los límites</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>General information, not legal advice. For your situation, talk to a lawyer or a DOJ-accredited representative.</source>
        <translation>Información general, no asesoría legal. Para su caso, hable con un abogado o con un representante acreditado por el DOJ.</translation>
    </message>
    <message>
        <source>Reviewed as of %1</source>
        <extracomment>%1 is a date, such as &quot;November 28, 2026&quot;</extracomment>
        <translation>Revisado al %1</translation>
    </message>
    <message>
        <source>Less</source>
        <extracomment>Shows the whole notice at the bottom of the window (or one line of it again)</extracomment>
        <translation>Menos</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Show less of the notice</source>
        <translation>Mostrar menos del aviso</translation>
    </message>
    <message>
        <source>Show all of the notice</source>
        <translation>Mostrar todo el aviso</translation>
    </message>
</context>
<context>
    <name>OutlineExporter</name>
    <message>
        <source>Sources: %1</source>
        <extracomment>Outline export: the line that lists the sources of a part; %1 is the list</extracomment>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>Know the Limits — all content</source>
        <extracomment>Outline export: title of the document</extracomment>
        <translation>Conozca los límites — todo el contenido</translation>
    </message>
    <message>
        <source>Content version %1, reviewed as of %2.</source>
        <extracomment>Outline export: %1 is the content version, %2 the date it was reviewed</extracomment>
        <translation>Versión del contenido: %1. Revisado al %2.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>Walkthroughs</source>
        <translation>Recorridos</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>Outline export: step heading; %1 step number, %2 step count, %3 step title</extracomment>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Check your understanding:</source>
        <translation>Compruebe lo que aprendió:</translation>
    </message>
    <message>
        <source>right</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>incorrecta</translation>
    </message>
    <message>
        <source>Presenter notes:</source>
        <translation>Notas para quien presenta:</translation>
    </message>
    <message>
        <source>Decision flows</source>
        <translation>Diagramas de decisión</translation>
    </message>
    <message>
        <source>Starts at: %1</source>
        <extracomment>Outline export: which node a flow starts at</extracomment>
        <translation>Empieza en: %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>- &quot;%1&quot; leads to `%2`: %3</source>
        <extracomment>Outline export: an answer and where it leads; %1 answer, %2 node id, %3 node text</extracomment>
        <translation>- &quot;%1&quot; lleva a `%2`: %3</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Where to find legal help</source>
        <translation>Dónde encontrar ayuda legal</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Know the Limits — presentation</source>
        <translation>Conozca los límites — presentación</translation>
    </message>
    <message>
        <source>Know the Limits — presenter notes</source>
        <translation>Conozca los límites — notas para quien presenta</translation>
    </message>
</context>
<context>
    <name>PresenterNotes</name>
    <message>
        <source>Elapsed %1</source>
        <extracomment>Presenter view: time since the presentation started</extracomment>
        <translation>Tiempo %1</translation>
    </message>
    <message>
        <source>Now %1 / %2: %3</source>
        <extracomment>Presenter view: the slide being shown; %1 number, %2 count, %3 title</extracomment>
        <translation>Ahora %1 / %2: %3</translation>
    </message>
    <message>
        <source>This is the last slide.</source>
        <translation>Esta es la última diapositiva.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <extracomment>Presenter view: the title of the next slide</extracomment>
        <translation>Sigue: %1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Show the slide</source>
        <translation>Mostrar la diapositiva</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Pantalla negra</translation>
    </message>
    <message>
        <source>Restart the clock</source>
        <translation>Reiniciar el reloj</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Jump to any node</source>
        <translation>Ir a cualquier punto</translation>
    </message>
    <message>
        <source>Jump to any step</source>
        <translation>Ir a cualquier paso</translation>
    </message>
    <message>
        <source>Swap screens</source>
        <extracomment>Presenter view: move the slides to the other screen and the notes to this one</extracomment>
        <translation>Intercambiar pantallas</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>…and %1 more. Run knowthelimits --check-content DIR to see them all.</source>
        <extracomment>%1 is a number of further problems not shown</extracomment>
        <translation>…y %1 más. Ejecute knowthelimits --check-content DIR para verlos todos.</translation>
    </message>
    <message>
        <source>Some files could not be used. The app is running on its built-in content and default settings. Problems found:</source>
        <translation>No se pudieron usar algunos archivos. La aplicación usa su contenido incluido y las opciones predeterminadas. Problemas encontrados:</translation>
    </message>
</context>
<context>
    <name>ReplacementNotice</name>
    <message>
        <source>Content from another folder replaces some of the built-in content:</source>
        <translation>Hay contenido de otra carpeta que reemplaza parte del contenido que viene con la aplicación:</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <extracomment>%1 is a number of further replaced items not listed</extracomment>
        <translation>…y %1 más.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Type a word, such as detainer or mandamus</source>
        <translation>Escriba una palabra, como retención o mandamus</translation>
    </message>
    <message>
        <source>Search all content</source>
        <translation>Buscar en todo el contenido</translation>
    </message>
    <message>
        <source>Results appear as you type.</source>
        <translation>Los resultados aparecen mientras escribe.</translation>
    </message>
    <message>
        <source>Nothing found. Try another word or a shorter one.</source>
        <translation>No se encontró nada. Pruebe otra palabra o una más corta.</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <source>%1 results</source>
        <extracomment>%1 is the number of search results (2 or more)</extracomment>
        <translation>%1 resultados</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Display and privacy</source>
        <translation>Pantalla y privacidad</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>Text size as a percentage; %1 is a number</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Dark colours</source>
        <translation>Colores oscuros</translation>
    </message>
    <message>
        <source>English and Spanish together</source>
        <extracomment>Display option: show English and Spanish together</extracomment>
        <translation>Inglés y español juntos</translation>
    </message>
    <message>
        <source>Forget my progress</source>
        <translation>Olvidar mi avance</translation>
    </message>
    <message>
        <source>Clears the saved page and settings on this computer</source>
        <translation>Borra la página guardada y las opciones en esta computadora</translation>
    </message>
    <message>
        <source>Nothing you answer is ever saved. Only the last page and these settings are kept on this computer.</source>
        <translation>Nunca se guarda nada de lo que usted responde. Solo se guardan en esta computadora la última página y estas opciones.</translation>
    </message>
    <message>
        <source>What I explored (PDF)</source>
        <extracomment>Saves a PDF listing the pages opened in this session (no answers)</extracomment>
        <translation>Lo que exploré (PDF)</translation>
    </message>
    <message>
        <source>Forget the last page you opened and these settings? This cannot be undone.</source>
        <translation>¿Olvidar la última página que abrió y estas opciones? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Yes, forget</source>
        <translation>Sí, olvidar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SourceList</name>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Used in:</source>
        <translation>Se usa en:</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <extracomment>After the first few places a source is cited; %1 is how many more</extracomment>
        <translation>y %1 más</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Show events of one kind</source>
        <translation>Mostrar eventos de un tipo</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>Start the walkthrough</source>
        <translation>Empezar el recorrido</translation>
    </message>
    <message>
        <source>Explore: %1</source>
        <extracomment>Button that opens a decision flow; %1 is its title</extracomment>
        <translation>Explorar: %1</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>Related topics:</source>
        <translation>Temas relacionados:</translation>
    </message>
    <message>
        <source>Handout (PDF)</source>
        <extracomment>Saves a printable PDF of this topic&apos;s walkthrough</extracomment>
        <translation>Folleto (PDF)</translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>Walkthrough progress; %1 is the step number, %2 the number of steps</extracomment>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Progress through the walkthrough</source>
        <translation>Avance en el recorrido</translation>
    </message>
    <message>
        <source>Check your understanding</source>
        <translation>Compruebe lo que aprendió</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>No exactamente.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Back to the topic</source>
        <translation>Volver al tema</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Present</source>
        <extracomment>Starts presenter mode (full screen slides) for this walkthrough</extracomment>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>Show this walkthrough full screen, with notes for the presenter</source>
        <translation>Mostrar este recorrido en pantalla completa, con notas para quien presenta</translation>
    </message>
</context>
<context>
    <name>content/flow/could-a-delay-suit-fit</name>
    <message>
        <source>Could a mandamus or APA delay suit fit?</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].title</extracomment>
        <translation>¿Podría servir una demanda de mandamus o por demora bajo la APA?</translation>
    </message>
    <message>
        <source>A guide to the questions a lawyer would ask before filing a mandamus or APA delay suit. It cannot predict a result. At most, such a suit leads to a decision, not an approval.</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].summary</extracomment>
        <translation>Una guía de las preguntas que un abogado haría antes de presentar una demanda de mandamus o por demora bajo la APA (Ley de Procedimiento Administrativo). No puede predecir el resultado. Como máximo, una demanda así lleva a una decisión, no a una aprobación.</translation>
    </message>
    <message>
        <source>What would you want a court to do?</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[0].text</extracomment>
        <translation>¿Qué quiere que haga el tribunal?</translation>
    </message>
    <message>
        <source>Make an agency decide a case</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[0].answers[0].label</extracomment>
        <translation>Obligar a una agencia a decidir un caso</translation>
    </message>
    <message>
        <source>Get someone out of detention</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[0].answers[1].label</extracomment>
        <translation>Sacar a alguien de la detención</translation>
    </message>
    <message>
        <source>Stop an agency from doing something</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[0].answers[2].label</extracomment>
        <translation>Impedir que una agencia haga algo</translation>
    </message>
    <message>
        <source>Make ICE arrest or remove someone</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[0].answers[3].label</extracomment>
        <translation>Obligar a ICE a arrestar o deportar a alguien</translation>
    </message>
    <message>
        <source>Does the law require the agency to decide?</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[1].text</extracomment>
        <translation>¿La ley obliga a la agencia a decidir?</translation>
    </message>
    <message>
        <source>Mandamus needs a clear, [ministerial duty](term:ministerial-duty): the law requires the act and leaves no choice about doing it.</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[1].detail</extracomment>
        <translation>El mandamus requiere un [deber ministerial](term:ministerial-duty) claro: la ley exige el acto y no deja opción sobre si hacerlo o no.</translation>
    </message>
    <message>
        <source>Yes, it must decide</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[1].answers[0].label</extracomment>
        <translation>Sí, debe decidir</translation>
    </message>
    <message>
        <source>Do you want a decision, or a certain result?</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[2].text</extracomment>
        <translation>¿Quiere una decisión o un resultado concreto?</translation>
    </message>
    <message>
        <source>Courts can order an agency to act. They cannot tell it how to use its [discretion](term:discretion).</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[2].detail</extracomment>
        <translation>Los tribunales pueden ordenar a una agencia que actúe. No pueden decirle cómo usar su [discreción](term:discretion).</translation>
    </message>
    <message>
        <source>Just a decision</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[2].answers[0].label</extracomment>
        <translation>Solo una decisión</translation>
    </message>
    <message>
        <source>An approval</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[2].answers[1].label</extracomment>
        <translation>Una aprobación</translation>
    </message>
    <message>
        <source>Is it an N-400 waiting 120+ days after the interview?</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[3].text</extracomment>
        <translation>¿Es una solicitud N-400 que lleva 120 días o más de espera después de la entrevista?</translation>
    </message>
    <message>
        <source>Mandamus needs no other adequate remedy. For some citizenship cases, another path may exist.</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[3].detail</extracomment>
        <translation>El mandamus exige que no haya otro recurso adecuado. En algunos casos de ciudadanía, puede existir otra vía.</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[3].answers[0].label
----------
flows/could-a-delay-suit-fit.json $.flows[0].nodes[5].answers[0].label</extracomment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[1].answers[1].label
----------
flows/could-a-delay-suit-fit.json $.flows[0].nodes[3].answers[1].label
----------
flows/could-a-delay-suit-fit.json $.flows[0].nodes[5].answers[1].label</extracomment>
        <translation>No</translation>
    </message>
    <message>
        <source>Is the wait far beyond normal for this case type?</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[4].text</extracomment>
        <translation>¿La espera es mucho más larga de lo normal para este tipo de caso?</translation>
    </message>
    <message>
        <source>Practice guides say courts judge [unreasonable delay](term:unreasonable-delay) against a rule of reason and any timetable Congress set.</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[4].detail</extracomment>
        <translation>Las guías para abogados dicen que los tribunales juzgan la [demora irrazonable](term:unreasonable-delay) según una regla de lo razonable y según cualquier plazo que haya fijado el Congreso.</translation>
    </message>
    <message>
        <source>Yes, far longer</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[4].answers[0].label</extracomment>
        <translation>Sí, mucho más larga</translation>
    </message>
    <message>
        <source>No / about normal</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[4].answers[1].label</extracomment>
        <translation>No / más o menos normal</translation>
    </message>
    <message>
        <source>Practice guides list this among the [TRAC factors](term:trac-factors) that courts weigh.</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[5].detail</extracomment>
        <translation>Las guías para abogados incluyen esto entre los [factores TRAC](term:trac-factors) que los tribunales toman en cuenta.</translation>
    </message>
    <message>
        <source>Detention: habeas corpus is the usual tool</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[6].text</extracomment>
        <translation>Detención: el hábeas corpus es la herramienta habitual</translation>
    </message>
    <message>
        <source>Mandamus is not the usual tool for detention. To challenge unlawful immigration detention, the usual tool is [habeas corpus](term:habeas-corpus). It is filed in the district where the person is held, against the person holding them.

Questions to ask a lawyer: Where is the person held? What law is ICE using to detain them? How long has the detention lasted? How fast can a petition be filed?</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[6].detail</extracomment>
        <translation>El mandamus no es la herramienta habitual en casos de detención. Para cuestionar una detención migratoria ilegal, la herramienta habitual es el [hábeas corpus](term:habeas-corpus). Se presenta en el distrito donde está detenida la persona, contra quien la tiene detenida.

Preguntas para un abogado: ¿Dónde está detenida la persona? ¿Qué ley usa ICE para detenerla? ¿Cuánto tiempo lleva detenida? ¿Qué tan rápido se puede presentar una petición?</translation>
    </message>
    <message>
        <source>Stopping action: mandamus does not fit</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[7].text</extracomment>
        <translation>Frenar una acción: el mandamus no sirve</translation>
    </message>
    <message>
        <source>Mandamus compels a required act. Courts do not use it to stop conduct. Tools to stop unlawful action include an [injunction](term:injunction), a [declaratory judgment](term:declaratory-judgment), or setting the action aside under the APA.

These tools have limits in immigration cases. A 2022 ruling bars lower courts from class-wide orders that block parts of the removal laws. A 2025 ruling limits universal injunctions. Another law bars many claims about starting cases or carrying out removal orders.

Questions to ask a lawyer: Which tool fits? Do any of these limits apply?</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[7].detail</extracomment>
        <translation>El mandamus obliga a cumplir un acto que la ley exige. Los tribunales no lo usan para frenar una conducta. Para frenar una acción ilegal hay otras herramientas: una [orden judicial para prohibir o exigir algo](term:injunction), una [sentencia declarativa](term:declaratory-judgment) o la anulación de la acción bajo la APA.

Estas herramientas tienen límites en los casos de inmigración. Un fallo de 2022 impide que los tribunales inferiores den órdenes que bloqueen partes de las leyes de deportación para todo un grupo de personas. Un fallo de 2025 limita las órdenes judiciales universales. Otra ley impide muchos reclamos sobre iniciar un caso o ejecutar una orden de deportación.

Preguntas para un abogado: ¿Qué herramienta sirve? ¿Se aplica alguno de estos límites?</translation>
    </message>
    <message>
        <source>More enforcement: courts rarely order it</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[8].text</extracomment>
        <translation>Exigir más control migratorio: los tribunales rara vez lo ordenan</translation>
    </message>
    <message>
        <source>Courts rarely order an agency to enforce more. In *Heckler v. Chaney* (1985), the Supreme Court said an agency&apos;s choice not to enforce is usually not reviewable. In 2023, two states lacked standing to challenge federal enforcement priorities.

A 2025 law, the Laken Riley Act, gives state attorneys general a right to sue over some release and detention failures. That right belongs to the states.

Questions to ask a lawyer: Is there a specific duty in the law? Who has standing to sue?</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[8].detail</extracomment>
        <translation>Los tribunales rara vez ordenan a una agencia que haga cumplir más la ley. En *Heckler v. Chaney* (1985), la Corte Suprema dijo que la decisión de una agencia de no actuar, por lo general, no se puede revisar en los tribunales. En 2023, dos estados no tenían legitimación (derecho a demandar) para cuestionar las prioridades federales de control migratorio.

Una ley de 2025, la Ley Laken Riley, da a los fiscales generales de los estados el derecho a demandar por algunas fallas en la liberación y la detención de personas. Ese derecho es de los estados.

Preguntas para un abogado: ¿Hay un deber específico en la ley? ¿Quién tiene legitimación para demandar?</translation>
    </message>
    <message>
        <source>No clear duty: mandamus likely does not fit</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[9].text</extracomment>
        <translation>Sin un deber claro: probablemente el mandamus no sirve</translation>
    </message>
    <message>
        <source>Mandamus needs a clear duty that the law requires, with no room to choose. If the law leaves the act to the agency&apos;s judgment, a court cannot force it.

Even where a suit fits, it can at most lead to a decision, not an approval.

Questions to ask a lawyer: Does any law or rule require the agency to act? Is there a deadline in the law?</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[9].detail</extracomment>
        <translation>El mandamus requiere un deber claro que la ley exige, sin margen para elegir. Si la ley deja el acto al criterio de la agencia, un tribunal no puede obligarla.

Aun cuando una demanda sirva, como máximo puede llevar a una decisión, no a una aprobación.

Preguntas para un abogado: ¿Alguna ley o regla obliga a la agencia a actuar? ¿La ley fija un plazo?</translation>
    </message>
    <message>
        <source>A court cannot order an approval</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[11].text</extracomment>
        <translation>Un tribunal no puede ordenar una aprobación</translation>
    </message>
    <message>
        <source>A mandamus or APA delay suit can at most lead to a **decision**, not an approval. The court can order the agency to act. It cannot tell the agency how to use its judgment. The decision could still be a denial.

Questions to ask a lawyer: Is the case strong on its merits? Could pushing for a decision now carry risks?</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[11].detail</extracomment>
        <translation>Una demanda de mandamus o por demora bajo la APA puede, como máximo, llevar a una **decisión**, no a una aprobación. El tribunal puede ordenar a la agencia que actúe. No puede decirle cómo usar su criterio. La decisión todavía podría ser negativa.

Preguntas para un abogado: ¿El caso es sólido en el fondo? ¿Podría haber riesgos en exigir una decisión ahora?</translation>
    </message>
    <message>
        <source>N-400 delay: a special path may exist</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[12].text</extracomment>
        <translation>Demora en la N-400: puede existir una vía especial</translation>
    </message>
    <message>
        <source>Practice guides say that when USCIS has not decided an N-400 within 120 days after the interview, a special law lets a federal court decide the case or send it back to USCIS. Because another remedy may exist, mandamus may not be needed.

A suit can at most lead to a decision, not an approval. No result is guaranteed.

Questions to ask a lawyer: When was the interview? Which court would hear the case?</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[12].detail</extracomment>
        <translation>Las guías para abogados describen un caso especial: USCIS (Servicio de Ciudadanía e Inmigración) no ha decidido una N-400 dentro de los 120 días después de la entrevista. Según estas guías, en ese caso una ley especial permite que un tribunal federal decida el caso o lo devuelva a USCIS. Como puede existir otro recurso, quizás no haga falta el mandamus.

Una demanda puede, como máximo, llevar a una decisión, no a una aprobación. Ningún resultado está garantizado.

Preguntas para un abogado: ¿Cuándo fue la entrevista? ¿Qué tribunal vería el caso?</translation>
    </message>
    <message>
        <source>The wait may not yet be unreasonable</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[13].text</extracomment>
        <translation>Puede que la espera todavía no sea irrazonable</translation>
    </message>
    <message>
        <source>Practice guides say courts judge delay against a rule of reason and any timetable Congress set. A wait that is normal for the case type may not count as unreasonable.

Courts are also split on whether one law bars claims about the speed of processing. A suit can at most lead to a decision, not an approval.

Questions to ask a lawyer: What are the normal times for this case type? Has anything changed in the file?</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[13].detail</extracomment>
        <translation>Las guías para abogados dicen que los tribunales juzgan la demora según una regla de lo razonable y según cualquier plazo que haya fijado el Congreso. Una espera normal para ese tipo de caso quizás no cuente como irrazonable.

Además, los tribunales están divididos sobre si una ley impide los reclamos sobre la rapidez del trámite. Una demanda puede, como máximo, llevar a una decisión, no a una aprobación.

Preguntas para un abogado: ¿Cuáles son los tiempos normales para este tipo de caso? ¿Ha cambiado algo en el expediente?</translation>
    </message>
    <message>
        <source>A long wait affecting welfare</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[14].text</extracomment>
        <translation>Una espera larga que afecta el bienestar</translation>
    </message>
    <message>
        <source>Under the TRAC factors, as practice guides describe them, courts are less tolerant of delay when health or human welfare is at stake. Courts also weigh the agency&apos;s other priorities and the interests hurt by the delay.

Filing often leads the agency to act. But courts are split on some jurisdiction questions, and no result is guaranteed. A suit can at most lead to a decision, not an approval.

Questions to ask a lawyer: How do courts in this area weigh the TRAC factors? Is there another remedy?</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[14].detail</extracomment>
        <translation>Según los factores TRAC, tal como los describen las guías para abogados, los tribunales toleran menos la demora cuando están en juego la salud o el bienestar de las personas. También toman en cuenta las otras prioridades de la agencia y los intereses perjudicados por la demora.

Presentar la demanda a menudo hace que la agencia actúe. Pero los tribunales están divididos en algunas cuestiones de jurisdicción, y ningún resultado está garantizado. Una demanda puede, como máximo, llevar a una decisión, no a una aprobación.

Preguntas para un abogado: ¿Cómo aplican los factores TRAC los tribunales de esta zona? ¿Hay otro recurso?</translation>
    </message>
    <message>
        <source>A long wait: courts weigh the factors</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[15].text</extracomment>
        <translation>Una espera larga: los tribunales evalúan los factores</translation>
    </message>
    <message>
        <source>A wait far beyond normal may support a delay claim. As practice guides describe the TRAC factors, courts weigh them together, including the agency&apos;s other priorities. The court does not have to find bad intent.

Filing often leads the agency to act, but no result is guaranteed. Courts are split on some jurisdiction questions. A suit can at most lead to a decision, not an approval.

Questions to ask a lawyer: How strong is the delay claim here? What are the costs and risks of filing?</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[15].detail</extracomment>
        <translation>Una espera mucho más larga de lo normal puede apoyar un reclamo por demora. Así describen las guías para abogados los factores TRAC: los tribunales los evalúan en conjunto, incluidas las otras prioridades de la agencia. El tribunal no tiene que encontrar mala intención.

Presentar la demanda a menudo hace que la agencia actúe, pero ningún resultado está garantizado. Los tribunales están divididos en algunas cuestiones de jurisdicción. Una demanda puede, como máximo, llevar a una decisión, no a una aprobación.

Preguntas para un abogado: ¿Qué tan sólido es aquí el reclamo por demora? ¿Cuáles son los costos y los riesgos de presentar la demanda?</translation>
    </message>
    <message>
        <source>Not sure</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[1].answers[2].label</extracomment>
        <translation>No estoy seguro/a</translation>
    </message>
    <message>
        <source>Does the wait affect someone&apos;s health or welfare?</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[5].text</extracomment>
        <translation>¿La espera afecta la salud o el bienestar de alguien?</translation>
    </message>
    <message>
        <source>Not sure the law requires a decision</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[10].text</extracomment>
        <translation>No está seguro/a de si la ley exige una decisión</translation>
    </message>
    <message>
        <source>Whether the law requires the agency to act is a legal question. A lawyer or accredited representative can check. A federal law says agencies must finish matters within a reasonable time. Whether that gives a clear duty in a given case depends on the facts and the court.

Even where a suit fits, it can at most lead to a decision, not an approval.

Questions to ask a lawyer: Does any law or rule require the agency to decide? Is there a deadline in the law?</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[10].detail</extracomment>
        <translation>Saber si la ley obliga a la agencia a actuar es una pregunta legal. Un abogado o un representante acreditado puede revisarlo. Una ley federal dice que las agencias deben terminar los asuntos dentro de un tiempo razonable. Si eso crea un deber claro en un caso concreto depende de los hechos y del tribunal.

Aun cuando una demanda sea apropiada, como máximo puede llevar a una decisión, no a una aprobación.

Preguntas para un abogado: ¿Alguna ley o regla obliga a la agencia a decidir? ¿La ley fija un plazo?</translation>
    </message>
</context>
<context>
    <name>content/flow/detainer-at-the-jail</name>
    <message>
        <source>A jail receives an ICE detainer</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].title</extracomment>
        <translation>Una cárcel recibe una orden de retención migratoria de ICE</translation>
    </message>
    <message>
        <source>What can happen when a local jail gets an ICE [detainer](term:detainer), depending on state law, the paperwork, the release date and the 48-hour limit. General information only.</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].summary</extracomment>
        <translation>Qué puede pasar cuando una cárcel local recibe una [orden de retención migratoria](term:detainer) de ICE, según la ley estatal, los documentos, la fecha de liberación y el límite de 48 horas. Solo información general.</translation>
    </message>
    <message>
        <source>What does state law say about detainers?</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[0].text</extracomment>
        <translation>¿Qué dice la ley estatal sobre las órdenes de retención?</translation>
    </message>
    <message>
        <source>States differ. Texas and Florida require jails to honor detainers. California and Illinois limit cooperation. Massachusetts has a court ruling of its own.</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[0].detail</extracomment>
        <translation>Los estados son distintos. Texas y Florida obligan a las cárceles a cumplir las órdenes de retención. California e Illinois limitan la cooperación. Massachusetts tiene su propio fallo judicial.</translation>
    </message>
    <message>
        <source>Requires honoring them</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[0].answers[0].label</extracomment>
        <translation>Obliga a cumplirlas</translation>
    </message>
    <message>
        <source>Limits or forbids it</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[0].answers[1].label</extracomment>
        <translation>Lo limita o lo prohíbe</translation>
    </message>
    <message>
        <source>In Massachusetts</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[0].answers[2].label</extracomment>
        <translation>En Massachusetts</translation>
    </message>
    <message>
        <source>Says nothing / not sure</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[0].answers[3].label</extracomment>
        <translation>No dice nada / no estoy seguro/a</translation>
    </message>
    <message>
        <source>State law requires jails to honor detainers</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[1].text</extracomment>
        <translation>La ley estatal obliga a las cárceles a cumplir las órdenes de retención</translation>
    </message>
    <message>
        <source>Texas SB 4 (2017) and Florida&apos;s chapter 908 require this. An appeals court upheld the Texas rule in 2018.</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[1].detail</extracomment>
        <translation>La Ley SB 4 de Texas (2017) y el capítulo 908 de las leyes de Florida lo exigen. Un tribunal de apelaciones declaró válida la regla de Texas en 2018.</translation>
    </message>
    <message>
        <source>State law limits holding people for ICE</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[2].text</extracomment>
        <translation>La ley estatal limita retener a personas para ICE</translation>
    </message>
    <message>
        <source>California SB 54 and the Illinois TRUST Act limit how state and local agencies help with immigration enforcement.</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[2].detail</extracomment>
        <translation>La ley SB 54 de California y la Ley TRUST de Illinois limitan cómo las agencias estatales y locales ayudan en el control migratorio.</translation>
    </message>
    <message>
        <source>No state rule: the local agency decides</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[3].text</extracomment>
        <translation>No hay regla estatal: decide la agencia local</translation>
    </message>
    <message>
        <source>Did a signed I-200 or I-205 come with it?</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[4].text</extracomment>
        <translation>¿Venía con un Formulario I-200 o I-205 firmado?</translation>
    </message>
    <message>
        <source>ICE policy since April 2017 says every detainer on Form I-247A must come with a signed administrative warrant: Form I-200 or Form I-205.</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[4].detail</extracomment>
        <translation>Desde abril de 2017, la política de ICE dice que cada orden de retención en el Formulario I-247A debe venir con una orden administrativa firmada: el Formulario I-200 o el Formulario I-205.</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[4].answers[0].label
----------
flows/detainer-at-the-jail.json $.flows[0].nodes[7].answers[0].label</extracomment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Is the person due to be released now?</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[5].text</extracomment>
        <translation>¿Le toca a la persona salir libre ahora?</translation>
    </message>
    <message>
        <source>Yes (bail, time served, charges dropped)</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[5].answers[0].label</extracomment>
        <translation>Sí (fianza, tiempo cumplido, cargos retirados)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[5].answers[1].label</extracomment>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Did ICE take custody within 48 hours?</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[7].text</extracomment>
        <translation>¿ICE tomó la custodia dentro de las 48 horas?</translation>
    </message>
    <message>
        <source>The 48 hours do not count Saturdays, Sundays or holidays.</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[7].detail</extracomment>
        <translation>Las 48 horas no cuentan sábados, domingos ni días feriados.</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[4].answers[1].label
----------
flows/detainer-at-the-jail.json $.flows[0].nodes[7].answers[1].label</extracomment>
        <translation>No</translation>
    </message>
    <message>
        <source>Massachusetts: no holding on a civil detainer alone</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[8].text</extracomment>
        <translation>Massachusetts: no se puede retener a nadie solo por una orden de retención civil</translation>
    </message>
    <message>
        <source>In *Lunn v. Commonwealth* (2017), Massachusetts&apos;s highest court said that holding someone on a civil immigration detainer is an arrest under state law. State law gives court officers no power to hold a person **only** on a federal civil detainer past the time they would be released.

The court left any change to the state legislature. This ruling is about Massachusetts law only. For a real case, talk to a lawyer or a DOJ-accredited representative.</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[8].detail</extracomment>
        <translation>En *Lunn v. Commonwealth* (2017), el tribunal más alto de Massachusetts dijo que retener a alguien por una orden de retención migratoria civil es un arresto según la ley estatal. La ley estatal no da a los oficiales de los tribunales poder para retener a una persona **solo** por una orden de retención federal civil, después del momento en que saldría libre.

El tribunal dejó cualquier cambio en manos de la legislatura del estado. Este fallo trata solo de la ley de Massachusetts. Para un caso real, hable con un abogado o con un representante acreditado por el Departamento de Justicia (DOJ).</translation>
    </message>
    <message>
        <source>State law limits cooperation</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[9].text</extracomment>
        <translation>La ley estatal limita la cooperación</translation>
    </message>
    <message>
        <source>No signed I-200 or I-205</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[10].text</extracomment>
        <translation>Sin un Formulario I-200 o I-205 firmado</translation>
    </message>
    <message>
        <source>Not yet due for release</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[12].text</extracomment>
        <translation>Todavía no le toca salir libre</translation>
    </message>
    <message>
        <source>If the person is still held for the criminal case, the detainer does not change that. The detainer asks the jail to tell ICE before release, and to hold the person up to 48 more hours, not counting weekends and holidays, once they would go free.

The detainer&apos;s requests matter when release comes near. What the jail does then depends on state law and local policy.</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[12].detail</extracomment>
        <translation>Si la persona sigue detenida por el caso penal, la orden de retención no cambia eso. La orden de retención le pide a la cárcel que avise a ICE antes de la liberación. También le pide retener a la persona hasta 48 horas más, sin contar fines de semana ni feriados, desde el momento en que saldría libre.

Lo que pide la orden de retención importa cuando se acerca la liberación. Lo que haga la cárcel entonces depende de la ley estatal y de la política local.</translation>
    </message>
    <message>
        <source>ICE takes custody</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[13].text</extracomment>
        <translation>ICE toma la custodia</translation>
    </message>
    <message>
        <source>The 48 hours run out</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[14].text</extracomment>
        <translation>Se acaban las 48 horas</translation>
    </message>
    <message>
        <source>Under federal law a detainer is a request. Where state law is silent, the local agency chooses, within federal law. If you are not sure what your state&apos;s law says, a lawyer can check.</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[3].detail</extracomment>
        <translation>Según la ley federal, una orden de retención es una solicitud. Donde la ley estatal no dice nada, la agencia local decide, dentro de lo que permite la ley federal. Si no está seguro/a de lo que dice la ley de su estado, un abogado puede revisarlo.</translation>
    </message>
    <message>
        <source>Not sure</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[4].answers[2].label</extracomment>
        <translation>No estoy seguro/a</translation>
    </message>
    <message>
        <source>Some courts: holding past release is a new seizure</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[6].text</extracomment>
        <translation>Algunos tribunales: retener a alguien que ya debía salir libre es una nueva detención</translation>
    </message>
    <message>
        <source>Some federal courts have said that keeping a person past release because of a detainer is a new [seizure](term:seizure). It needs [probable cause](term:probable-cause). Examples are *Miranda-Olivares* (2014) and *Gonzalez v. ICE* (2020).</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[6].detail</extracomment>
        <translation>Algunos tribunales federales han dicho que retener por una orden de retención a una persona que ya debía salir libre es una nueva [detención](term:seizure). Eso requiere [causa probable](term:probable-cause). Algunos ejemplos son *Miranda-Olivares* (2014) y *Gonzalez v. ICE* (2020).</translation>
    </message>
    <message>
        <source>In these states, state law limits how jails and police help with immigration enforcement. The details and exceptions differ from state to state.

An appeals court upheld California&apos;s law in 2019. In 2025, a federal trial court dismissed the U.S. government&apos;s suit against Illinois&apos;s laws. The government appealed, so this could change. The fingerprint check at booking still happens, because local agencies cannot opt out of it.

Only a lawyer who knows the state&apos;s law can say how it applies to a real case.</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[9].detail</extracomment>
        <translation>En estos estados, la ley estatal limita cómo las cárceles y la policía ayudan en el control migratorio. Los detalles y las excepciones cambian de un estado a otro.

Un tribunal de apelaciones declaró válida la ley de California en 2019. En 2025, un tribunal federal de primera instancia desestimó la demanda del gobierno de EE. UU. contra las leyes de Illinois. El gobierno apeló, así que esto podría cambiar. La revisión de huellas digitales al ingresar a la cárcel sigue ocurriendo, porque las agencias locales no pueden excluirse de ella.

Solo un abogado que conozca la ley del estado puede decir cómo se aplica a un caso real.</translation>
    </message>
    <message>
        <source>ICE policy says each detainer must come with a signed Form I-200 or I-205. A detainer without one does not follow that policy. This does not by itself mean the person will be released. What the jail does depends on state law and local policy.

Some federal courts have also said that holding someone past release on a detainer is a new seizure that needs probable cause. In *Miranda-Olivares* (2014), a detainer that only said an investigation had started was not enough. The county was responsible for its choice to hold the person.

This is general information. A lawyer can look at the actual papers.</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[10].detail</extracomment>
        <translation>La política de ICE dice que cada orden de retención debe venir con un Formulario I-200 o I-205 firmado. Una orden de retención sin ese formulario no cumple esa política. Esto, por sí solo, no significa que la persona vaya a quedar libre. Lo que haga la cárcel depende de la ley estatal y de la política local.

Algunos tribunales federales también han dicho que retener por una orden de retención a alguien que ya debía salir libre es una nueva detención que requiere causa probable. En *Miranda-Olivares* (2014), no bastó una orden de retención que solo decía que se había iniciado una investigación. El condado fue responsable de su decisión de retener a la persona.

Esto es información general. Un abogado puede revisar los documentos reales.</translation>
    </message>
    <message>
        <source>Not sure if a signed warrant came with it</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[11].text</extracomment>
        <translation>No está seguro/a de si venía con una orden firmada</translation>
    </message>
    <message>
        <source>Only the actual papers show whether a signed Form I-200 or I-205 came with the detainer. A lawyer can check them. ICE policy says each detainer must come with one.

What the jail does depends on state law and local policy. This is general information.</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[11].detail</extracomment>
        <translation>Solo los documentos reales muestran si la orden de retención venía con un Formulario I-200 o I-205 firmado. Un abogado puede revisarlos. La política de ICE dice que cada orden de retención debe venir con uno de esos formularios.

Lo que haga la cárcel depende de la ley estatal y de la política local. Esto es información general.</translation>
    </message>
    <message>
        <source>If ICE arrives within the 48-hour period, the person can be moved into ICE [custody](term:custody). From there, an immigration case may start or go on.

A person in immigration custody who believes the detention is unlawful may, through a lawyer, seek [habeas corpus](term:habeas-corpus) in the district where they are held.</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[13].detail</extracomment>
        <translation>Si ICE llega dentro del plazo de 48 horas, la persona puede pasar a la [custodia](term:custody) de ICE. A partir de ahí, puede comenzar o continuar un caso de inmigración.

Una persona bajo custodia migratoria que cree que su detención es ilegal puede, por medio de un abogado, pedir un [hábeas corpus](term:habeas-corpus) en el distrito donde está detenida.</translation>
    </message>
    <message>
        <source>Federal rules say the agency may hold the person up to 48 hours, not counting Saturdays, Sundays and holidays. The rule does not give a longer hold.

If ICE has not taken custody by then, the detainer&apos;s request has run out. Some federal courts have said that holding a person past release on a detainer is a seizure that needs probable cause, and a county that chooses to hold someone can be responsible for that choice.</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[14].detail</extracomment>
        <translation>Las reglas federales dicen que la agencia puede retener a la persona hasta 48 horas, sin contar sábados, domingos ni feriados. La regla no permite una retención más larga.

Si ICE no ha tomado la custodia para entonces, lo que pide la orden de retención ya venció. Algunos tribunales federales han dicho que retener por una orden de retención a una persona que ya debía salir libre es una detención que requiere causa probable. También han dicho que un condado que decide retener a alguien puede ser responsable de esa decisión.</translation>
    </message>
</context>
<context>
    <name>content/flow/is-it-overreach</name>
    <message>
        <source>Is this federal action overreach? Which rule would a court use</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].title</extracomment>
        <translation>¿Es esta acción federal una extralimitación? Qué regla usaría un tribunal</translation>
    </message>
    <message>
        <source>Sorts a government action into the legal rule a court would most likely apply. It cannot say who would win: a court decides.</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].summary</extracomment>
        <translation>Clasifica una acción del gobierno según la regla legal que un tribunal probablemente aplicaría. No puede decir quién ganaría: eso lo decide un tribunal.</translation>
    </message>
    <message>
        <source>Who is acting?</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[0].text</extracomment>
        <translation>¿Quién actúa?</translation>
    </message>
    <message>
        <source>The federal government</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[0].answers[0].label</extracomment>
        <translation>El gobierno federal</translation>
    </message>
    <message>
        <source>A state or city</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[0].answers[1].label</extracomment>
        <translation>Un estado o una ciudad</translation>
    </message>
    <message>
        <source>What is the federal action doing?</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[1].text</extracomment>
        <translation>¿Qué hace la acción federal?</translation>
    </message>
    <message>
        <source>Ordering state or local officers</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[1].answers[0].label</extracomment>
        <translation>Da órdenes a oficiales estatales o locales</translation>
    </message>
    <message>
        <source>Putting conditions on money</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[1].answers[1].label</extracomment>
        <translation>Pone condiciones al dinero</translation>
    </message>
    <message>
        <source>Holding a person past release</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[1].answers[2].label</extracomment>
        <translation>Retiene a alguien que ya debía salir libre</translation>
    </message>
    <message>
        <source>Entering a home</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[1].answers[3].label</extracomment>
        <translation>Entra a una casa</translation>
    </message>
    <message>
        <source>Did Congress itself set the condition?</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[2].text</extracomment>
        <translation>¿El propio Congreso fijó la condición?</translation>
    </message>
    <message>
        <source>Only Congress can attach conditions to federal money.</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[2].detail</extracomment>
        <translation>Solo el Congreso puede poner condiciones al dinero federal.</translation>
    </message>
    <message>
        <source>No, the executive added it</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[2].answers[0].label</extracomment>
        <translation>No, la agregó el poder ejecutivo</translation>
    </message>
    <message>
        <source>Yes, Congress set it</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[2].answers[1].label</extracomment>
        <translation>Sí, la fijó el Congreso</translation>
    </message>
    <message>
        <source>Is the threatened loss so big it leaves no choice?</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[3].text</extracomment>
        <translation>¿La pérdida con la que amenazan es tan grande que no deja opción?</translation>
    </message>
    <message>
        <source>Conditions must relate to the program and must not [coerce](term:coercion).</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[3].detail</extracomment>
        <translation>Las condiciones deben estar relacionadas con el programa y no deben [coaccionar](term:coercion).</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[3].answers[0].label</extracomment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[3].answers[1].label</extracomment>
        <translation>No</translation>
    </message>
    <message>
        <source>Is there probable cause for the hold?</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[4].text</extracomment>
        <translation>¿Hay causa probable para la retención?</translation>
    </message>
    <message>
        <source>No / only an investigation</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[4].answers[0].label</extracomment>
        <translation>No / solo una investigación</translation>
    </message>
    <message>
        <source>Yes / not sure</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[4].answers[1].label</extracomment>
        <translation>Sí / no estoy seguro/a</translation>
    </message>
    <message>
        <source>What is the state or city doing?</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[5].text</extracomment>
        <translation>¿Qué hace el estado o la ciudad?</translation>
    </message>
    <message>
        <source>Making its own immigration crimes or arrests</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[5].answers[0].label</extracomment>
        <translation>Crea sus propios delitos o arrestos migratorios</translation>
    </message>
    <message>
        <source>Limiting its own officers&apos; help to ICE</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[5].answers[1].label</extracomment>
        <translation>Limita cuánto ayudan sus propios oficiales a ICE</translation>
    </message>
    <message>
        <source>Ordering its cities to help ICE</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[5].answers[2].label</extracomment>
        <translation>Ordena a sus ciudades que ayuden a ICE</translation>
    </message>
    <message>
        <source>Anti-commandeering rule</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[6].text</extracomment>
        <translation>Regla contra la requisición (anti-commandeering)</translation>
    </message>
    <message>
        <source>Power from Congress, and the purse</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[7].text</extracomment>
        <translation>Poderes que da el Congreso y control del dinero</translation>
    </message>
    <message>
        <source>An agency has only the powers Congress gives it. In the [Byrne JAG](term:byrne-jag) cases, several appeals courts said the Justice Department had no power from Congress to add immigration conditions. In 2018, an appeals court said an executive order&apos;s funding part broke the rule that only Congress controls spending.

Not every court agreed. In 2020, one appeals court upheld the Byrne JAG conditions. A court decides each case.</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[7].detail</extracomment>
        <translation>Una agencia solo tiene los poderes que le da el Congreso. En los casos de [Byrne JAG](term:byrne-jag), varios tribunales de apelaciones dijeron que el Congreso no le dio al Departamento de Justicia poder para agregar condiciones migratorias. En 2018, un tribunal de apelaciones dijo que la parte de una orden ejecutiva sobre fondos violaba la regla de que solo el Congreso controla el gasto.

No todos los tribunales estuvieron de acuerdo. En 2020, un tribunal de apelaciones declaró válidas las condiciones de Byrne JAG. Un tribunal decide cada caso.</translation>
    </message>
    <message>
        <source>Coercion under the Spending Clause</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[8].text</extracomment>
        <translation>Coacción según la Cláusula de Gasto</translation>
    </message>
    <message>
        <source>Conditions Congress sets must not be coercive. In *NFIB v. Sebelius* (2012), the Supreme Court held that threatening to take away all of a state&apos;s Medicaid money was too coercive. It applied the limits from *South Dakota v. Dole* (1987).

Whether a threat crosses that line depends on the facts. A court decides.</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[8].detail</extracomment>
        <translation>Las condiciones que fija el Congreso no pueden ser coercitivas. En *NFIB v. Sebelius* (2012), la Corte Suprema decidió que amenazar con quitarle a un estado todo su dinero de Medicaid era demasiado coercitivo. Aplicó los límites de *South Dakota v. Dole* (1987).

Si una amenaza cruza ese límite depende de los hechos. Lo decide un tribunal.</translation>
    </message>
    <message>
        <source>Fourth Amendment: a hold needs probable cause</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[10].text</extracomment>
        <translation>Cuarta Enmienda: una retención requiere causa probable</translation>
    </message>
    <message>
        <source>Fourth Amendment: a prompt check by a judge</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[11].text</extracomment>
        <translation>Cuarta Enmienda: una revisión rápida por un juez</translation>
    </message>
    <message>
        <source>Fourth Amendment: entering a home</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[12].text</extracomment>
        <translation>Cuarta Enmienda: entrar a una casa</translation>
    </message>
    <message>
        <source>Preemption: the other direction</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[13].text</extracomment>
        <translation>Prevalencia de la ley federal (preemption): la otra dirección</translation>
    </message>
    <message>
        <source>A state may limit its own help</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[14].text</extracomment>
        <translation>Un estado puede limitar su propia ayuda</translation>
    </message>
    <message>
        <source>A state may direct its own cities</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[15].text</extracomment>
        <translation>Un estado puede dar órdenes a sus propias ciudades</translation>
    </message>
    <message>
        <source>The anti-commandeering rule limits the federal government, not states. In *El Cenizo* (2018), an appeals court upheld most of Texas SB 4 (2017), which requires local jails to honor detainers. It said there was no commandeering, because Texas was directing its own cities and counties.

The court also found the detainer rule was not unconstitutional on its face. Specific cases can still raise Fourth Amendment questions. A court decides.</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[15].detail</extracomment>
        <translation>La regla contra la requisición (anti-commandeering) limita al gobierno federal, no a los estados. En *El Cenizo* (2018), un tribunal de apelaciones declaró válida la mayor parte de la Ley SB 4 de Texas (2017), que obliga a las cárceles locales a cumplir las órdenes de retención. Dijo que no había requisición, porque Texas estaba dando órdenes a sus propias ciudades y condados.

El tribunal también decidió que la regla sobre órdenes de retención no era inconstitucional en sí misma. Los casos concretos todavía pueden plantear preguntas sobre la Cuarta Enmienda. Lo decide un tribunal.</translation>
    </message>
    <message>
        <source>Congress cannot order states or state officers to carry out a federal program. This is the [anti-commandeering](term:anti-commandeering) rule. *Printz* (1997) applied it to sheriffs, and *Murphy* (2018) applied it to laws that forbid states to act.

In 2025, two federal trial courts dismissed U.S. lawsuits against Illinois and New York laws. The Tenth Amendment was one reason. The government appealed in Illinois, so these results could change. Whether a given action breaks the rule is for a court to decide.</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[6].detail</extracomment>
        <translation>El Congreso no puede ordenar a los estados ni a sus oficiales que lleven a cabo un programa federal. Esta es la regla [contra la requisición (anti-commandeering)](term:anti-commandeering). *Printz* (1997) la aplicó a los alguaciles (sheriffs), y *Murphy* (2018) la aplicó a leyes que prohíben actuar a los estados.

En 2025, dos tribunales federales de primera instancia desestimaron demandas del gobierno de EE. UU. contra leyes de Illinois y Nueva York. Una de las razones fue la Décima Enmienda. El gobierno apeló en el caso de Illinois, así que estos resultados podrían cambiar. Un tribunal decide si una acción concreta viola la regla.</translation>
    </message>
    <message>
        <source>Conditions Congress sets: related, and not coercive</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[9].text</extracomment>
        <translation>Condiciones que fija el Congreso: relacionadas y sin coacción</translation>
    </message>
    <message>
        <source>The Supreme Court has said conditions Congress sets must relate to the program and must not coerce (*South Dakota v. Dole*, 1987). A condition that passes these tests is on firmer ground. A court decides each case.</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[9].detail</extracomment>
        <translation>La Corte Suprema ha dicho que las condiciones que fija el Congreso deben estar relacionadas con el programa y no deben ser una forma de coacción (*South Dakota v. Dole*, 1987). Una condición que cumple estos requisitos tiene una base más firme. Un tribunal decide cada caso.</translation>
    </message>
    <message>
        <source>Some federal courts have said that holding a person past release on a detainer is a new [seizure](term:seizure) that needs [probable cause](term:probable-cause). In *Miranda-Olivares* (2014), a detainer that only said an investigation had started was not enough.

A county that chooses to hold someone can be responsible for that choice. A court decides whether a given hold was lawful.</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[10].detail</extracomment>
        <translation>Algunos tribunales federales han dicho que retener por una orden de retención a una persona que ya debía salir libre es una nueva [detención](term:seizure) que requiere [causa probable](term:probable-cause). En *Miranda-Olivares* (2014), no bastó una orden de retención que solo decía que se había iniciado una investigación.

Un condado que decide retener a alguien puede ser responsable de esa decisión. Un tribunal decide si una retención concreta fue legal.</translation>
    </message>
    <message>
        <source>Even with probable cause, courts look at how it is decided. In 2020, an appeals court said a person held on a detainer needs a prompt probable-cause decision by a neutral judge. In 2019, a trial court found detainers based only on database checks unlawful, though the appeals court later set that part aside.

What happened after the case was sent back was not confirmed in our sources. A court decides each case.</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[11].detail</extracomment>
        <translation>Incluso con causa probable, los tribunales miran cómo se decide. En 2020, un tribunal de apelaciones dijo que una persona retenida por una orden de retención necesita que un juez neutral decida pronto si hay causa probable. En 2019, un tribunal de primera instancia declaró ilegales las órdenes de retención basadas solo en búsquedas en bases de datos. Pero después el tribunal de apelaciones dejó sin efecto esa parte.

En nuestras fuentes no se confirmó qué pasó después de que el caso volvió al tribunal inferior. Un tribunal decide cada caso.</translation>
    </message>
    <message>
        <source>In *Payton v. New York* (1980), the Supreme Court said police generally need a judge-signed warrant (an arrest warrant) to enter a home to make an arrest, unless there is consent. Longstanding guidance says an administrative immigration warrant alone does not allow entry without consent.

A 2025 ICE memo, reported in January 2026, says a Form I-205 alone can support forced entry in some cases. Law professors said it conflicts with *Payton*. Its legality is contested, and a court would decide.</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[12].detail</extracomment>
        <translation>En *Payton v. New York* (1980), la Corte Suprema dijo que, por lo general, la policía necesita una orden firmada por un juez (una orden de arresto) para entrar a una casa a hacer un arresto, salvo que haya consentimiento. Desde hace mucho tiempo, las guías dicen que una orden administrativa de inmigración, por sí sola, no permite entrar sin consentimiento.

Un memorando de ICE de 2025, que se dio a conocer en enero de 2026, dice que en algunos casos un Formulario I-205 por sí solo puede justificar una entrada por la fuerza. Profesores de derecho dijeron que contradice *Payton*. Su legalidad está en disputa, y lo decidiría un tribunal.</translation>
    </message>
    <message>
        <source>Here the question runs the other way: is the state intruding on federal immigration power? Federal law can [preempt](term:preemption) state law.

In *Arizona v. United States* (2012), the Supreme Court blocked three parts of Arizona&apos;s SB 1070. Courts also blocked newer Texas (2023) and Florida (2025) laws that made illegal entry a state crime. These cases were still going on. A higher court could change these results.</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[13].detail</extracomment>
        <translation>Aquí la pregunta va en sentido contrario: ¿el estado está invadiendo el poder federal sobre inmigración? La ley federal puede [prevalecer sobre](term:preemption) la ley estatal y desplazarla.

En *Arizona v. United States* (2012), la Corte Suprema bloqueó tres partes de la ley SB 1070 de Arizona. Los tribunales también bloquearon leyes más nuevas de Texas (2023) y de Florida (2025) que convertían la entrada ilegal en un delito estatal. Estos casos seguían en curso. Un tribunal superior podría cambiar estos resultados.</translation>
    </message>
    <message>
        <source>Courts have held that a state may limit how its own officers help with federal immigration enforcement. In 2019, an appeals court upheld California SB 54. The courts said refusing to help is not the same as getting in the way.

In 2025, two federal trial courts dismissed U.S. lawsuits against Illinois and New York laws. The Tenth Amendment was one reason. The government appealed in Illinois, so these results could change.</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[14].detail</extracomment>
        <translation>Los tribunales han decidido que un estado puede limitar cómo sus propios oficiales ayudan en el control migratorio federal. En 2019, un tribunal de apelaciones declaró válida la ley SB 54 de California. Los tribunales dijeron que negarse a ayudar no es lo mismo que poner obstáculos.

En 2025, dos tribunales federales de primera instancia desestimaron demandas del gobierno de EE. UU. contra leyes de Illinois y Nueva York. Una de las razones fue la Décima Enmienda. El gobierno apeló en el caso de Illinois, así que estos resultados podrían cambiar.</translation>
    </message>
</context>
<context>
    <name>content/flow/officers-at-the-door</name>
    <message>
        <source>Officers at the door: what kind of warrant?</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].title</extracomment>
        <translation>Oficiales en la puerta: ¿qué tipo de orden traen?</translation>
    </message>
    <message>
        <source>Widely published know-your-rights information about warrants, consent and the right to remain silent. It is general information, not advice for a specific case.</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].summary</extracomment>
        <translation>Información muy difundida de &quot;conozca sus derechos&quot; sobre las órdenes, el consentimiento y el derecho a guardar silencio. Es información general, no un consejo para un caso concreto.</translation>
    </message>
    <message>
        <source>Do they say they have a warrant?</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[1].text</extracomment>
        <translation>¿Dicen que tienen una orden?</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[1].answers[0].label
----------
flows/officers-at-the-door.json $.flows[0].nodes[2].answers[0].label
----------
flows/officers-at-the-door.json $.flows[0].nodes[3].answers[0].label</extracomment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[1].answers[1].label
----------
flows/officers-at-the-door.json $.flows[0].nodes[2].answers[1].label
----------
flows/officers-at-the-door.json $.flows[0].nodes[3].answers[1].label</extracomment>
        <translation>No</translation>
    </message>
    <message>
        <source>Has someone already let them in?</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[2].text</extracomment>
        <translation>¿Alguien ya los dejó entrar?</translation>
    </message>
    <message>
        <source>Who signed the warrant?</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[4].text</extracomment>
        <translation>¿Quién firmó la orden?</translation>
    </message>
    <message>
        <source>A judge or court</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[4].answers[0].label</extracomment>
        <translation>Un juez o un tribunal</translation>
    </message>
    <message>
        <source>An immigration officer (DHS form)</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[4].answers[1].label</extracomment>
        <translation>Un oficial de inmigración (formulario del DHS)</translation>
    </message>
    <message>
        <source>Not sure</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[4].answers[2].label</extracomment>
        <translation>No estoy seguro/a</translation>
    </message>
    <message>
        <source>Is it Form I-205, a removal warrant?</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[5].text</extracomment>
        <translation>¿Es el Formulario I-205, una orden administrativa de deportación?</translation>
    </message>
    <message>
        <source>Forms I-200 and I-205 are both [administrative warrants](term:administrative-warrant). An immigration officer signs them.</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[5].detail</extracomment>
        <translation>Los Formularios I-200 y I-205 son [órdenes administrativas](term:administrative-warrant). Los firma un oficial de inmigración.</translation>
    </message>
    <message>
        <source>Yes, I-205</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[5].answers[0].label</extracomment>
        <translation>Sí, I-205</translation>
    </message>
    <message>
        <source>No, I-200 or other</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[5].answers[1].label</extracomment>
        <translation>No, I-200 u otro</translation>
    </message>
    <message>
        <source>No warrant mentioned</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[6].text</extracomment>
        <translation>No mencionan ninguna orden</translation>
    </message>
    <message>
        <source>Someone already let officers in</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[7].text</extracomment>
        <translation>Alguien ya dejó entrar a los oficiales</translation>
    </message>
    <message>
        <source>Signed by a judge</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[9].text</extracomment>
        <translation>Firmada por un juez</translation>
    </message>
    <message>
        <source>Form I-205: the disputed 2025 memo</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[10].text</extracomment>
        <translation>Formulario I-205: el memorando de 2025 en disputa</translation>
    </message>
    <message>
        <source>An administrative warrant</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[11].text</extracomment>
        <translation>Una orden administrativa</translation>
    </message>
    <message>
        <source>Not sure who signed it</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[12].text</extracomment>
        <translation>No está seguro/a de quién la firmó</translation>
    </message>
    <message>
        <source>Officers knock at the door.</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[0].text</extracomment>
        <translation>Los oficiales tocan la puerta.</translation>
    </message>
    <message>
        <source>Know-your-rights cards from legal groups say not to open the door to immigration agents unless they have a warrant signed by a judge.</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[0].detail</extracomment>
        <translation>Las tarjetas de &quot;conozca sus derechos&quot; de grupos legales dicen que no abra la puerta a agentes de inmigración, a menos que tengan una orden firmada por un juez.</translation>
    </message>
    <message>
        <source>Have they shown you the warrant?</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[3].text</extracomment>
        <translation>¿Le mostraron la orden?</translation>
    </message>
    <message>
        <source>Know-your-rights cards from legal groups say not to open the door to immigration agents unless they have a [judicial warrant](term:judicial-warrant) signed by a judge.

They also say:

- You have the [right to remain silent](term:right-to-remain-silent).
- Do not sign anything without talking to a lawyer.

This is general information. For advice about your own situation, talk to a lawyer or a DOJ-accredited representative.</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[6].detail</extracomment>
        <translation>Las tarjetas de &quot;conozca sus derechos&quot; de grupos legales dicen que no abra la puerta a agentes de inmigración, a menos que tengan una [orden judicial](term:judicial-warrant) firmada por un juez.

También dicen:

- Usted tiene [derecho a guardar silencio](term:right-to-remain-silent).
- No firme nada sin antes hablar con un abogado.

Esto es información general. Para recibir consejo sobre su propia situación, hable con un abogado o con un representante acreditado por el Departamento de Justicia (DOJ).</translation>
    </message>
    <message>
        <source>Longstanding guidance says an administrative warrant alone does not allow entry into a home without [consent](term:consent). If someone agreed to let officers in, that consent may matter later. You still have the [right to remain silent](term:right-to-remain-silent).

Know-your-rights cards also say not to sign anything without talking to a lawyer. A lawyer or accredited representative can review what happened.</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[7].detail</extracomment>
        <translation>Desde hace mucho tiempo, las guías dicen que una orden administrativa, por sí sola, no permite entrar a una casa sin [consentimiento](term:consent). Si alguien aceptó dejar entrar a los oficiales, ese consentimiento puede importar más adelante. Usted sigue teniendo [derecho a guardar silencio](term:right-to-remain-silent).

Las tarjetas de &quot;conozca sus derechos&quot; también dicen que no firme nada sin antes hablar con un abogado. Un abogado o un representante acreditado puede revisar lo que pasó.</translation>
    </message>
    <message>
        <source>You have not seen the warrant</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[8].text</extracomment>
        <translation>Usted no ha visto la orden</translation>
    </message>
    <message>
        <source>Know-your-rights cards from legal groups say not to open the door to immigration agents unless they have a warrant signed by a judge.

They also say:

- You have the [right to remain silent](term:right-to-remain-silent).
- Do not sign anything without talking to a lawyer.

This is general information. For advice about your own situation, talk to a lawyer or a DOJ-accredited representative.</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[8].detail</extracomment>
        <translation>Las tarjetas de &quot;conozca sus derechos&quot; de grupos legales dicen que no abra la puerta a agentes de inmigración, a menos que tengan una orden firmada por un juez.

También dicen:

- Usted tiene [derecho a guardar silencio](term:right-to-remain-silent).
- No firme nada sin antes hablar con un abogado.

Esto es información general. Para recibir consejo sobre su propia situación, hable con un abogado o con un representante acreditado por el Departamento de Justicia (DOJ).</translation>
    </message>
    <message>
        <source>A [judicial warrant](term:judicial-warrant) is issued by a court and signed by a judge. It is different from an administrative warrant. Know-your-rights materials treat it as the kind of warrant that can give officers authority to enter. What it allows depends on what it says.

You still have the right to remain silent. Know-your-rights cards also say not to sign anything without talking to a lawyer.</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[9].detail</extracomment>
        <translation>Una [orden judicial](term:judicial-warrant) viene de un tribunal y está firmada por un juez. Es distinta de una orden administrativa. Los materiales de &quot;conozca sus derechos&quot; la tratan como el tipo de orden que puede dar a los oficiales autoridad para entrar. Lo que permite depende de lo que dice.

Usted sigue teniendo derecho a guardar silencio. Las tarjetas de &quot;conozca sus derechos&quot; también dicen que no firme nada sin antes hablar con un abogado.</translation>
    </message>
    <message>
        <source>Form I-205 is an administrative removal warrant signed by an immigration officer, not a judge. Longstanding guidance says an administrative warrant alone does not allow entry into a home without consent.

In January 2026, news reports described a 2025 ICE memo. It says an I-205 alone can support forced entry into the home of a person with a final removal order, after officers knock and announce. Law professors said it conflicts with *Payton v. New York* (1980). That case says police generally need a judge-signed warrant (an arrest warrant) to enter a home to make an arrest, unless there is consent. The memo&apos;s legality is contested.

You have the right to remain silent. A lawyer can explain how this applies to a real case.</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[10].detail</extracomment>
        <translation>El Formulario I-205 es una orden administrativa de deportación firmada por un oficial de inmigración, no por un juez. Desde hace mucho tiempo, las guías dicen que una orden administrativa, por sí sola, no permite entrar a una casa sin consentimiento.

En enero de 2026, la prensa describió un memorando de ICE de 2025. Dice que un I-205 por sí solo puede justificar la entrada por la fuerza a la casa de una persona con una orden final de deportación, después de que los oficiales toquen a la puerta y digan quiénes son. Profesores de derecho dijeron que contradice *Payton v. New York* (1980). Ese caso dice que, por lo general, la policía necesita una orden firmada por un juez (una orden de arresto) para entrar a una casa a hacer un arresto, salvo que haya consentimiento. La legalidad del memorando está en disputa.

Usted tiene derecho a guardar silencio. Un abogado puede explicar cómo se aplica esto a un caso real.</translation>
    </message>
    <message>
        <source>Form I-200 and similar DHS forms are [administrative warrants](term:administrative-warrant). An immigration officer signs them, not a judge. Longstanding guidance says such a warrant alone does not allow entry into a home without [consent](term:consent).

Know-your-rights cards from legal groups say not to open the door to immigration agents unless they have a warrant signed by a judge. You have the right to remain silent.</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[11].detail</extracomment>
        <translation>El Formulario I-200 y otros formularios parecidos del DHS son un tipo de [orden administrativa](term:administrative-warrant). Los firma un oficial de inmigración, no un juez. Desde hace mucho tiempo, las guías dicen que una orden así, por sí sola, no permite entrar a una casa sin [consentimiento](term:consent).

Las tarjetas de &quot;conozca sus derechos&quot; de grupos legales dicen que no abra la puerta a agentes de inmigración, a menos que tengan una orden firmada por un juez. Usted tiene derecho a guardar silencio.</translation>
    </message>
    <message>
        <source>Look at the signature and the heading. A judicial warrant comes from a court and is signed by a judge. Forms I-200 and I-205 carry a DHS heading and are signed by an immigration officer.

If it is Form I-205, note that a 2025 ICE memo says an I-205 alone can allow forced entry in some cases. Whether that is legal is disputed.

If you cannot tell, know-your-rights cards from legal groups say not to open the door to immigration agents unless they have a warrant signed by a judge. You have the right to remain silent.</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[12].detail</extracomment>
        <translation>Mire la firma y el encabezado. Una orden judicial viene de un tribunal y está firmada por un juez. Los Formularios I-200 y I-205 llevan un encabezado del DHS y están firmados por un oficial de inmigración.

Si es un Formulario I-205, tenga en cuenta que un memorando de ICE de 2025 dice que, en algunos casos, un I-205 por sí solo puede permitir la entrada por la fuerza. Se discute si eso es legal.

Si no puede saberlo, las tarjetas de &quot;conozca sus derechos&quot; de grupos legales dicen que no abra la puerta a agentes de inmigración, a menos que tengan una orden firmada por un juez. Usted tiene derecho a guardar silencio.</translation>
    </message>
</context>
<context>
    <name>content/glossary</name>
    <message>
        <source>Detainer (ICE detainer)</source>
        <extracomment>glossary.json $.terms[0].term</extracomment>
        <translation>Orden de retención migratoria (detainer de ICE)</translation>
    </message>
    <message>
        <source>A form ICE sends to a jail or other agency. It asks the agency to tell ICE before it releases a person, and to hold the person up to 48 more hours, not counting weekends and holidays. Under federal law it is a request, not a command.</source>
        <extracomment>glossary.json $.terms[0].definition</extracomment>
        <translation>Un formulario que ICE envía a una cárcel o a otra agencia. Le pide a la agencia que avise a ICE antes de liberar a una persona, y que la retenga hasta 48 horas más, sin contar fines de semana ni feriados. Según la ley federal, es una solicitud, no un mandato.</translation>
    </message>
    <message>
        <source>Administrative warrant</source>
        <extracomment>glossary.json $.terms[1].term</extracomment>
        <translation>Orden administrativa (orden de arresto administrativa)</translation>
    </message>
    <message>
        <source>Judicial warrant</source>
        <extracomment>glossary.json $.terms[2].term</extracomment>
        <translation>Orden judicial (firmada por un juez)</translation>
    </message>
    <message>
        <source>A warrant issued by a court and signed by a judge or magistrate. The judge must find probable cause first.</source>
        <extracomment>glossary.json $.terms[2].definition</extracomment>
        <translation>Una orden que emite un tribunal y que firma un juez o un magistrado. Antes, el juez debe encontrar que hay causa probable.</translation>
    </message>
    <message>
        <source>287(g) agreement</source>
        <extracomment>glossary.json $.terms[3].term</extracomment>
        <translation>Acuerdo 287(g)</translation>
    </message>
    <message>
        <source>A written agreement between ICE and a state or local agency. Trained local officers may do some tasks of immigration officers, under ICE supervision, for a set time. It is named after section 287(g) of the immigration law.</source>
        <extracomment>glossary.json $.terms[3].definition</extracomment>
        <translation>Un acuerdo escrito entre ICE y una agencia estatal o local. Los oficiales locales capacitados pueden hacer algunas tareas de los oficiales de inmigración, bajo la supervisión de ICE, por un tiempo fijo. Su nombre viene de la sección 287(g) de la ley de inmigración.</translation>
    </message>
    <message>
        <source>Jail Enforcement Model (JEM)</source>
        <extracomment>glossary.json $.terms[4].term</extracomment>
        <translation>Modelo de Control en las Cárceles (JEM)</translation>
    </message>
    <message>
        <source>A 287(g) model for jails. Trained jail staff ask people already in custody about immigration status, check federal records, and prepare detainers and other papers.</source>
        <extracomment>glossary.json $.terms[4].definition</extracomment>
        <translation>Un modelo 287(g) para cárceles. Empleados capacitados de la cárcel preguntan por su estatus migratorio a las personas que ya están bajo custodia. También revisan registros federales y preparan órdenes de retención y otros documentos.</translation>
    </message>
    <message>
        <source>Warrant Service Officer (WSO)</source>
        <extracomment>glossary.json $.terms[5].term</extracomment>
        <translation>Oficial de Servicio de Órdenes (WSO)</translation>
    </message>
    <message>
        <source>A 287(g) model in which trained officers serve ICE administrative warrants on people already in their jail. Some call it &quot;287(g)-lite.&quot; The ACLU of Utah says it was created in 2019.</source>
        <extracomment>glossary.json $.terms[5].definition</extracomment>
        <translation>Un modelo 287(g) en el que oficiales capacitados ejecutan órdenes de ICE contra personas que ya están en su cárcel. Cada una es una orden administrativa, firmada por un oficial de inmigración. Algunos lo llaman &quot;287(g)-lite&quot; (287(g) ligero). La ACLU de Utah dice que se creó en 2019.</translation>
    </message>
    <message>
        <source>Task Force Model (TFM)</source>
        <extracomment>glossary.json $.terms[6].term</extracomment>
        <translation>Modelo de Grupo de Trabajo (TFM)</translation>
    </message>
    <message>
        <source>The broadest 287(g) model. Officers may use some immigration powers during regular police work in the community, under ICE oversight. ICE stopped renewing these agreements in 2012. Reports say they returned in 2025.</source>
        <extracomment>glossary.json $.terms[6].definition</extracomment>
        <translation>El modelo 287(g) más amplio. Los oficiales pueden usar algunos poderes de inmigración durante su trabajo policial normal en la comunidad, bajo la supervisión de ICE. ICE dejó de renovar estos acuerdos en 2012. Hay informes de que volvieron en 2025.</translation>
    </message>
    <message>
        <source>Memorandum of agreement (MOA)</source>
        <extracomment>glossary.json $.terms[7].term</extracomment>
        <translation>Memorando de acuerdo (MOA)</translation>
    </message>
    <message>
        <source>The written document that sets up a 287(g) agreement. Some counts of 287(g) add up agreements, and others add up agencies. One agency can sign more than one.</source>
        <extracomment>glossary.json $.terms[7].definition</extracomment>
        <translation>El documento escrito que establece un acuerdo 287(g). Algunos conteos de 287(g) suman acuerdos, y otros suman agencias. Una agencia puede firmar más de uno.</translation>
    </message>
    <message>
        <source>Secure Communities</source>
        <extracomment>glossary.json $.terms[8].term</extracomment>
        <translation>Comunidades Seguras (Secure Communities)</translation>
    </message>
    <message>
        <source>A federal program that began in 2008. Fingerprints taken at jail booking go to the FBI and are also checked against DHS records, and a match alerts ICE. Local agencies cannot opt out of the check.</source>
        <extracomment>glossary.json $.terms[8].definition</extracomment>
        <translation>Un programa federal que empezó en 2008. Las huellas digitales que se toman al ingresar a la cárcel van al FBI y también se comparan con los registros del DHS. Si coinciden, se le avisa a ICE. Las agencias locales no pueden excluirse de esta revisión.</translation>
    </message>
    <message>
        <source>IDENT</source>
        <extracomment>glossary.json $.terms[9].term</extracomment>
        <translation>IDENT</translation>
    </message>
    <message>
        <source>The DHS computer system that holds fingerprints and other body-based records. Secure Communities checks booking fingerprints against it.</source>
        <extracomment>glossary.json $.terms[9].definition</extracomment>
        <translation>El sistema informático del DHS que guarda huellas digitales y otros datos del cuerpo (datos biométricos). Comunidades Seguras compara con él las huellas tomadas al ingresar a la cárcel.</translation>
    </message>
    <message>
        <source>Priority Enforcement Program (PEP)</source>
        <extracomment>glossary.json $.terms[10].term</extracomment>
        <translation>Priority Enforcement Program (PEP, Programa de Prioridades de Control)</translation>
    </message>
    <message>
        <source>The program that replaced Secure Communities after a November 2014 DHS memo. It still used the same fingerprint link between the FBI and DHS.</source>
        <extracomment>glossary.json $.terms[10].definition</extracomment>
        <translation>El programa que reemplazó a Comunidades Seguras después de un memorando del DHS de noviembre de 2014. Seguía usando la misma conexión de huellas digitales entre el FBI y el DHS.</translation>
    </message>
    <message>
        <source>Probable cause</source>
        <extracomment>glossary.json $.terms[11].term</extracomment>
        <translation>Causa probable</translation>
    </message>
    <message>
        <source>Writ of mandamus</source>
        <extracomment>glossary.json $.terms[12].term</extracomment>
        <translation>Recurso de mandamus (writ of mandamus)</translation>
    </message>
    <message>
        <source>A court order telling a government official to do a clear duty the law requires. It can make an official act, but it cannot say what to decide. The name is Latin for &quot;we command.&quot;</source>
        <extracomment>glossary.json $.terms[12].definition</extracomment>
        <translation>Una orden de un tribunal que le dice a un funcionario del gobierno que cumpla un deber claro que la ley exige. Puede obligar a un funcionario a actuar, pero no puede decirle qué decidir. El nombre viene del latín y significa &quot;ordenamos&quot;.</translation>
    </message>
    <message>
        <source>Ministerial (nondiscretionary) duty</source>
        <extracomment>glossary.json $.terms[13].term</extracomment>
        <translation>Deber ministerial (no discrecional)</translation>
    </message>
    <message>
        <source>A duty the law requires an official to carry out, with no room to choose whether to do it. Mandamus can only enforce this kind of duty.</source>
        <extracomment>glossary.json $.terms[13].definition</extracomment>
        <translation>Un deber que la ley obliga a un funcionario a cumplir, sin margen para elegir si lo hace o no. El mandamus solo puede hacer cumplir este tipo de deber.</translation>
    </message>
    <message>
        <source>Discretion</source>
        <extracomment>glossary.json $.terms[14].term</extracomment>
        <translation>Discreción</translation>
    </message>
    <message>
        <source>Room the law gives an official to choose. Courts usually will not order an official to make a certain choice when the law leaves it to their judgment.</source>
        <extracomment>glossary.json $.terms[14].definition</extracomment>
        <translation>El margen que la ley le da a un funcionario para elegir. Por lo general, los tribunales no le ordenan a un funcionario tomar una decisión concreta cuando la ley la deja a su criterio.</translation>
    </message>
    <message>
        <source>Administrative Procedure Act (APA)</source>
        <extracomment>glossary.json $.terms[15].term</extracomment>
        <translation>Ley de Procedimiento Administrativo (Administrative Procedure Act, APA)</translation>
    </message>
    <message>
        <source>A federal law on how agencies work and how courts review them. Under it, a court can order an agency to act when it has unlawfully held back or delayed, or set aside unlawful agency action.</source>
        <extracomment>glossary.json $.terms[15].definition</extracomment>
        <translation>Una ley federal sobre cómo trabajan las agencias y cómo las revisan los tribunales. Con esta ley, un tribunal puede ordenar a una agencia que actúe cuando ha dejado de actuar o se ha demorado de forma ilegal. También puede anular una acción ilegal de una agencia.</translation>
    </message>
    <message>
        <source>Unreasonable delay</source>
        <extracomment>glossary.json $.terms[16].term</extracomment>
        <translation>Demora o retraso irrazonable</translation>
    </message>
    <message>
        <source>When an agency takes too long on something it must do. A court may order it to act, after weighing the TRAC factors. The court orders a decision, not a particular result.</source>
        <extracomment>glossary.json $.terms[16].definition</extracomment>
        <translation>Cuando una agencia tarda demasiado en algo que debe hacer. Un tribunal puede ordenarle que actúe, después de evaluar los factores TRAC. El tribunal ordena una decisión, no un resultado concreto.</translation>
    </message>
    <message>
        <source>TRAC factors</source>
        <extracomment>glossary.json $.terms[17].term</extracomment>
        <translation>Factores TRAC</translation>
    </message>
    <message>
        <source>Six points courts weigh to decide whether an agency delay is unreasonable. As usually summarized, they include whether there is a time limit set by Congress, whether health or welfare is at stake, and the agency&apos;s other priorities. They come from a 1984 court case known as TRAC.</source>
        <extracomment>glossary.json $.terms[17].definition</extracomment>
        <translation>Seis puntos que los tribunales evalúan para decidir si la demora de una agencia es irrazonable. Según el resumen habitual, incluyen si el Congreso fijó un plazo, si están en juego la salud o el bienestar, y las otras prioridades de la agencia. Vienen de un caso judicial de 1984 conocido como TRAC.</translation>
    </message>
    <message>
        <source>Injunction</source>
        <extracomment>glossary.json $.terms[18].term</extracomment>
        <translation>Orden judicial para prohibir o exigir algo (injunction)</translation>
    </message>
    <message>
        <source>A court order telling someone to do or stop doing something. A preliminary injunction is a temporary one, given while the case goes on.</source>
        <extracomment>glossary.json $.terms[18].definition</extracomment>
        <translation>Una orden de un tribunal que le dice a alguien que haga algo o que deje de hacerlo. Una orden judicial preliminar es una orden temporal, que se da mientras sigue el caso.</translation>
    </message>
    <message>
        <source>Preliminary injunction</source>
        <extracomment>glossary.json $.terms[19].term</extracomment>
        <translation>Orden judicial preliminar (preliminary injunction)</translation>
    </message>
    <message>
        <source>A temporary court order given early in a case, before the final decision. It keeps things in place while the court decides.</source>
        <extracomment>glossary.json $.terms[19].definition</extracomment>
        <translation>Una orden temporal de un tribunal que se da al principio de un caso, antes de la decisión final. Mantiene las cosas como están mientras el tribunal decide.</translation>
    </message>
    <message>
        <source>Universal injunction</source>
        <extracomment>glossary.json $.terms[20].term</extracomment>
        <translation>Orden judicial universal (universal injunction)</translation>
    </message>
    <message>
        <source>An injunction that blocks a policy for everyone, not just the people who sued. In 2025 the Supreme Court said these likely go beyond federal courts&apos; power.</source>
        <extracomment>glossary.json $.terms[20].definition</extracomment>
        <translation>Una orden judicial para bloquear una política a favor de todas las personas, no solo de quienes demandaron. En 2025, la Corte Suprema dijo que estas órdenes probablemente van más allá del poder de los tribunales federales.</translation>
    </message>
    <message>
        <source>Declaratory judgment</source>
        <extracomment>glossary.json $.terms[21].term</extracomment>
        <translation>Sentencia declarativa</translation>
    </message>
    <message>
        <source>A court ruling that states what the law is, or what the parties&apos; rights are. It does not itself order anyone to do anything.</source>
        <extracomment>glossary.json $.terms[21].definition</extracomment>
        <translation>Una decisión de un tribunal que dice cuál es la ley o cuáles son los derechos de las partes. Por sí misma, no le ordena a nadie hacer nada.</translation>
    </message>
    <message>
        <source>Habeas corpus</source>
        <extracomment>glossary.json $.terms[22].term</extracomment>
        <translation>Hábeas corpus (petición de hábeas corpus)</translation>
    </message>
    <message>
        <source>Anti-commandeering rule</source>
        <extracomment>glossary.json $.terms[23].term</extracomment>
        <translation>Regla contra la requisición (anti-commandeering)</translation>
    </message>
    <message>
        <source>A rule from Supreme Court cases: Congress cannot order states or state officers to carry out federal programs. It also covers federal laws that forbid states to act.</source>
        <extracomment>glossary.json $.terms[23].definition</extracomment>
        <translation>Una regla que viene de casos de la Corte Suprema: el Congreso no puede ordenar a los estados ni a sus oficiales que lleven a cabo programas federales. También abarca las leyes federales que prohíben actuar a los estados.</translation>
    </message>
    <message>
        <source>Tenth Amendment</source>
        <extracomment>glossary.json $.terms[24].term</extracomment>
        <translation>Décima Enmienda</translation>
    </message>
    <message>
        <source>The part of the U.S. Constitution about powers kept by the states and the people. Courts base the anti-commandeering rule on it.</source>
        <extracomment>glossary.json $.terms[24].definition</extracomment>
        <translation>La parte de la Constitución de EE. UU. sobre los poderes que conservan los estados y el pueblo. Los tribunales basan en ella la regla contra la requisición (anti-commandeering).</translation>
    </message>
    <message>
        <source>Spending Clause</source>
        <extracomment>glossary.json $.terms[25].term</extracomment>
        <translation>Cláusula de Gasto (Spending Clause)</translation>
    </message>
    <message>
        <source>The part of the Constitution that lets Congress spend money and attach conditions to it. Conditions must relate to the program and must not coerce. Only Congress, not the President, can set them.</source>
        <extracomment>glossary.json $.terms[25].definition</extracomment>
        <translation>La parte de la Constitución que permite al Congreso gastar dinero y ponerle condiciones. Las condiciones deben estar relacionadas con el programa y no deben coaccionar. Solo el Congreso, no el Presidente, puede fijarlas.</translation>
    </message>
    <message>
        <source>Coercion (in federal funding)</source>
        <extracomment>glossary.json $.terms[26].term</extracomment>
        <translation>Coacción (en los fondos federales)</translation>
    </message>
    <message>
        <source>Pressure so strong that a state has no real choice, such as threatening to take away very large amounts of existing money. The Supreme Court found this in 2012 about Medicaid.</source>
        <extracomment>glossary.json $.terms[26].definition</extracomment>
        <translation>Una presión tan fuerte que el estado no tiene una opción real, como amenazar con quitarle cantidades muy grandes de dinero que ya recibe. La Corte Suprema encontró esto en 2012, en un caso sobre Medicaid.</translation>
    </message>
    <message>
        <source>Preemption</source>
        <extracomment>glossary.json $.terms[27].term</extracomment>
        <translation>Prevalencia de la ley federal (preemption)</translation>
    </message>
    <message>
        <source>When a valid federal law overrides a state law. In immigration, courts have blocked state laws that intrude on federal power, such as parts of Arizona&apos;s SB 1070.</source>
        <extracomment>glossary.json $.terms[27].definition</extracomment>
        <translation>Cuando una ley federal válida desplaza a una ley estatal. En inmigración, los tribunales han bloqueado leyes estatales que invaden el poder federal, como partes de la ley SB 1070 de Arizona.</translation>
    </message>
    <message>
        <source>Fourth Amendment</source>
        <extracomment>glossary.json $.terms[28].term</extracomment>
        <translation>Cuarta Enmienda</translation>
    </message>
    <message>
        <source>The part of the Constitution that protects against unreasonable searches and seizures. Courts have applied it to detainer holds and to entering homes.</source>
        <extracomment>glossary.json $.terms[28].definition</extracomment>
        <translation>La parte de la Constitución que protege contra registros, detenciones e incautaciones irrazonables. Los tribunales la han aplicado a la retención por órdenes de retención y a la entrada a casas.</translation>
    </message>
    <message>
        <source>Seizure</source>
        <extracomment>glossary.json $.terms[29].term</extracomment>
        <translation>Detención (seizure)</translation>
    </message>
    <message>
        <source>Sanctuary policy</source>
        <extracomment>glossary.json $.terms[30].term</extracomment>
        <translation>Política &quot;santuario&quot;</translation>
    </message>
    <message>
        <source>A common name for a state or local law that limits help to federal immigration enforcement. It has no single legal definition.</source>
        <extracomment>glossary.json $.terms[30].definition</extracomment>
        <translation>Nombre común para una ley estatal o local que limita la ayuda al control migratorio federal. No tiene una definición legal única.</translation>
    </message>
    <message>
        <source>Byrne JAG grant</source>
        <extracomment>glossary.json $.terms[31].term</extracomment>
        <translation>Subvención Byrne JAG</translation>
    </message>
    <message>
        <source>A federal grant for local police and justice programs. In 2017 the Justice Department added immigration conditions to it. Several appeals courts said Congress did not allow those conditions.</source>
        <extracomment>glossary.json $.terms[31].definition</extracomment>
        <translation>Una subvención federal para programas locales de policía y de justicia. En 2017, el Departamento de Justicia le agregó condiciones migratorias. Varios tribunales de apelaciones dijeron que el Congreso no autorizó esas condiciones.</translation>
    </message>
    <message>
        <source>Standing</source>
        <extracomment>glossary.json $.terms[32].term</extracomment>
        <translation>Legitimación (standing)</translation>
    </message>
    <message>
        <source>The right to bring a case. A person or government must show a real injury caused by the action and that a court can fix it.</source>
        <extracomment>glossary.json $.terms[32].definition</extracomment>
        <translation>El derecho a presentar un caso. Una persona o un gobierno debe mostrar un daño real causado por la acción, y que un tribunal puede repararlo.</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <extracomment>glossary.json $.terms[33].term</extracomment>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>A court&apos;s power to hear a kind of case. Some immigration laws take away courts&apos; power over certain claims.</source>
        <extracomment>glossary.json $.terms[33].definition</extracomment>
        <translation>El poder de un tribunal para ver un tipo de caso. Algunas leyes de inmigración les quitan a los tribunales el poder sobre ciertos reclamos.</translation>
    </message>
    <message>
        <source>Jurisdiction-stripping law</source>
        <extracomment>glossary.json $.terms[34].term</extracomment>
        <translation>Ley que quita jurisdicción</translation>
    </message>
    <message>
        <source>A law that takes away courts&apos; power to hear certain claims. In immigration, 8 U.S.C. §1252 has several such limits.</source>
        <extracomment>glossary.json $.terms[34].definition</extracomment>
        <translation>Una ley que les quita a los tribunales el poder de ver ciertos reclamos. En inmigración, 8 U.S.C. §1252 tiene varios límites de este tipo.</translation>
    </message>
    <message>
        <source>Removal order</source>
        <extracomment>glossary.json $.terms[35].term</extracomment>
        <translation>Orden de deportación (orden de expulsión)</translation>
    </message>
    <message>
        <source>An official order that a person must leave the United States. ICE uses Form I-205 to carry one out.</source>
        <extracomment>glossary.json $.terms[35].definition</extracomment>
        <translation>Una orden oficial que dice que una persona debe salir de Estados Unidos. ICE usa el Formulario I-205 para ejecutarla.</translation>
    </message>
    <message>
        <source>Custody</source>
        <extracomment>glossary.json $.terms[36].term</extracomment>
        <translation>Custodia</translation>
    </message>
    <message>
        <source>Being held by an agency, such as in a jail or an immigration detention center.</source>
        <extracomment>glossary.json $.terms[36].definition</extracomment>
        <translation>Estar bajo el control de una agencia, por ejemplo en una cárcel o en un centro de detención migratoria.</translation>
    </message>
    <message>
        <source>DOJ-accredited representative</source>
        <extracomment>glossary.json $.terms[37].term</extracomment>
        <translation>Representante acreditado por el Departamento de Justicia (DOJ)</translation>
    </message>
    <message>
        <source>Recognized organization</source>
        <extracomment>glossary.json $.terms[38].term</extracomment>
        <translation>Organización reconocida</translation>
    </message>
    <message>
        <source>EOIR</source>
        <extracomment>glossary.json $.terms[39].term</extracomment>
        <translation>EOIR</translation>
    </message>
    <message>
        <source>Notario fraud</source>
        <extracomment>glossary.json $.terms[40].term</extracomment>
        <translation>Fraude de notarios</translation>
    </message>
    <message>
        <source>Form I-247A</source>
        <extracomment>glossary.json $.terms[41].term</extracomment>
        <translation>Formulario I-247A</translation>
    </message>
    <message>
        <source>The ICE detainer form used since April 2, 2017. It lists the reason ICE gives for probable cause and must be given to the person.</source>
        <extracomment>glossary.json $.terms[41].definition</extracomment>
        <translation>El formulario de la orden de retención migratoria de ICE, que se usa desde el 2 de abril de 2017. Indica la razón que da ICE para decir que hay causa probable, y se le debe entregar a la persona.</translation>
    </message>
    <message>
        <source>Form I-200</source>
        <extracomment>glossary.json $.terms[42].term</extracomment>
        <translation>Formulario I-200</translation>
    </message>
    <message>
        <source>&quot;Warrant for Arrest of Alien.&quot; An administrative warrant signed by an immigration officer, not a judge.</source>
        <extracomment>glossary.json $.terms[42].definition</extracomment>
        <translation>&quot;Warrant for Arrest of Alien&quot; (orden de arresto de extranjero). Una orden administrativa firmada por un oficial de inmigración, no por un juez.</translation>
    </message>
    <message>
        <source>Form I-205</source>
        <extracomment>glossary.json $.terms[43].term</extracomment>
        <translation>Formulario I-205</translation>
    </message>
    <message>
        <source>&quot;Warrant of Removal/Deportation.&quot; An administrative warrant signed by an immigration officer for a person with a removal order. It is not signed by a judge.</source>
        <extracomment>glossary.json $.terms[43].definition</extracomment>
        <translation>&quot;Warrant of Removal/Deportation&quot; (orden de expulsión o deportación). Una orden administrativa firmada por un oficial de inmigración para una persona con una orden de deportación. No está firmada por un juez.</translation>
    </message>
    <message>
        <source>DHS</source>
        <extracomment>glossary.json $.terms[44].term</extracomment>
        <translation>DHS</translation>
    </message>
    <message>
        <source>The U.S. Department of Homeland Security. ICE and USCIS are part of it.</source>
        <extracomment>glossary.json $.terms[44].definition</extracomment>
        <translation>El Departamento de Seguridad Nacional de EE. UU. (Department of Homeland Security). ICE y USCIS forman parte de él.</translation>
    </message>
    <message>
        <source>ICE</source>
        <extracomment>glossary.json $.terms[45].term</extracomment>
        <translation>ICE</translation>
    </message>
    <message>
        <source>U.S. Immigration and Customs Enforcement, the part of DHS that enforces immigration law inside the country.</source>
        <extracomment>glossary.json $.terms[45].definition</extracomment>
        <translation>El Servicio de Inmigración y Control de Aduanas de EE. UU. (U.S. Immigration and Customs Enforcement). Es la parte del DHS que hace cumplir las leyes de inmigración dentro del país.</translation>
    </message>
    <message>
        <source>USCIS</source>
        <extracomment>glossary.json $.terms[46].term</extracomment>
        <translation>USCIS</translation>
    </message>
    <message>
        <source>U.S. Citizenship and Immigration Services, the part of DHS that decides applications such as green cards and citizenship.</source>
        <extracomment>glossary.json $.terms[46].definition</extracomment>
        <translation>El Servicio de Ciudadanía e Inmigración de EE. UU. (U.S. Citizenship and Immigration Services). Es la parte del DHS que decide solicitudes como las de residencia permanente (green card) y de ciudadanía.</translation>
    </message>
    <message>
        <source>Vacatur</source>
        <extracomment>glossary.json $.terms[47].term</extracomment>
        <translation>Anulación (vacatur)</translation>
    </message>
    <message>
        <source>When a court sets aside, or cancels, an agency action or an earlier court order. Under the APA, a court can set aside unlawful agency action.</source>
        <extracomment>glossary.json $.terms[47].definition</extracomment>
        <translation>Cuando un tribunal deja sin efecto, o cancela, una acción de una agencia o una orden anterior de un tribunal. Según la APA, un tribunal puede anular una acción ilegal de una agencia.</translation>
    </message>
    <message>
        <source>Class action</source>
        <extracomment>glossary.json $.terms[48].term</extracomment>
        <translation>Demanda colectiva</translation>
    </message>
    <message>
        <source>A case brought by a few people on behalf of a larger group in the same situation.</source>
        <extracomment>glossary.json $.terms[48].definition</extracomment>
        <translation>Un caso que presentan unas pocas personas en nombre de un grupo más grande que está en la misma situación.</translation>
    </message>
    <message>
        <source>Bivens claim</source>
        <extracomment>glossary.json $.terms[49].term</extracomment>
        <translation>Demanda Bivens</translation>
    </message>
    <message>
        <source>A lawsuit for money against a federal officer for violating the Constitution. In 2022 the Supreme Court refused to allow one against a Border Patrol agent. It said courts should rarely extend these claims.</source>
        <extracomment>glossary.json $.terms[49].definition</extracomment>
        <translation>Una demanda para pedir dinero a un oficial federal por violar la Constitución. En 2022, la Corte Suprema se negó a permitir una contra un agente de la Patrulla Fronteriza. Dijo que los tribunales rara vez deben extender este tipo de demandas.</translation>
    </message>
    <message>
        <source>Section 1983 suit</source>
        <extracomment>glossary.json $.terms[50].term</extracomment>
        <translation>Demanda bajo la Sección 1983</translation>
    </message>
    <message>
        <source>Political question doctrine</source>
        <extracomment>glossary.json $.terms[51].term</extracomment>
        <translation>Doctrina de la cuestión política</translation>
    </message>
    <message>
        <source>A narrow rule that lets courts refuse issues the Constitution leaves to Congress or the President. Courts rarely use it in immigration enforcement cases and usually decide them on the merits.</source>
        <extracomment>glossary.json $.terms[51].definition</extracomment>
        <translation>Una regla limitada que permite a los tribunales no decidir asuntos que la Constitución deja al Congreso o al Presidente. Los tribunales rara vez la usan en casos de control migratorio y, por lo general, los deciden sobre el fondo del asunto.</translation>
    </message>
    <message>
        <source>Ultra vires</source>
        <extracomment>glossary.json $.terms[52].term</extracomment>
        <translation>Ultra vires</translation>
    </message>
    <message>
        <source>Latin for &quot;beyond the powers.&quot; An agency acts ultra vires when it does something Congress never gave it power to do.</source>
        <extracomment>glossary.json $.terms[52].definition</extracomment>
        <translation>Del latín, &quot;más allá de los poderes&quot;. Una agencia actúa ultra vires cuando hace algo para lo que el Congreso nunca le dio poder.</translation>
    </message>
    <message>
        <source>Section 1373 (8 U.S.C. §1373)</source>
        <extracomment>glossary.json $.terms[53].term</extracomment>
        <translation>Sección 1373 (8 U.S.C. §1373)</translation>
    </message>
    <message>
        <source>Federal overreach</source>
        <extracomment>glossary.json $.terms[54].term</extracomment>
        <translation>Extralimitación federal (exceso de autoridad federal)</translation>
    </message>
    <message>
        <source>A common phrase for the national government going beyond its powers. In court it is decided through specific rules, such as statutory authority, anti-commandeering and the Spending Clause.</source>
        <extracomment>glossary.json $.terms[54].definition</extracomment>
        <translation>Una frase común para decir que el gobierno nacional va más allá de sus poderes. En los tribunales, esto se decide con reglas concretas, como la autoridad que da una ley del Congreso, la regla contra la requisición (anti-commandeering) y la Cláusula de Gasto.</translation>
    </message>
    <message>
        <source>Consent</source>
        <extracomment>glossary.json $.terms[55].term</extracomment>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Right to remain silent</source>
        <extracomment>glossary.json $.terms[56].term</extracomment>
        <translation>Derecho a guardar silencio</translation>
    </message>
    <message>
        <source>Circuit split</source>
        <extracomment>glossary.json $.terms[57].term</extracomment>
        <translation>División entre circuitos (circuit split)</translation>
    </message>
    <message>
        <source>En banc</source>
        <extracomment>glossary.json $.terms[58].term</extracomment>
        <translation>En banc (en pleno)</translation>
    </message>
    <message>
        <source>When all the active judges of an appeals court rehear a case together, instead of a panel of three.</source>
        <extracomment>glossary.json $.terms[58].definition</extracomment>
        <translation>Cuando todos los jueces activos de un tribunal de apelaciones vuelven a ver un caso juntos, en vez de un panel de tres.</translation>
    </message>
    <message>
        <source>Dismissal with prejudice</source>
        <extracomment>glossary.json $.terms[59].term</extracomment>
        <translation>Desestimación con perjuicio (definitiva)</translation>
    </message>
    <message>
        <source>An immigration arrest or removal paper signed by an immigration officer, not by a judge. Forms I-200 and I-205 are examples. Longstanding guidance says it does not by itself allow entry into a home without consent. A 2025 ICE memo says a Form I-205 alone can allow forced entry in some cases. Whether that is legal is disputed.</source>
        <extracomment>glossary.json $.terms[1].definition</extracomment>
        <translation>Un documento de inmigración para arrestar o deportar a alguien, firmado por un oficial de inmigración, no por un juez. Los Formularios I-200 y I-205 son ejemplos. Desde hace mucho tiempo, las guías dicen que este documento, por sí solo, no permite entrar a una casa sin consentimiento. Un memorando de ICE de 2025 dice que, en algunos casos, un Formulario I-205 por sí solo puede permitir la entrada por la fuerza. Se discute si eso es legal.</translation>
    </message>
    <message>
        <source>A court case that asks whether a person&apos;s detention is lawful. It is the usual way to challenge immigration detention in federal court. It is filed where the person is held. In 2025, in *J.G.G.*, a case about removals under the Alien Enemies Act, the Supreme Court said some challenges to detention belong in habeas.</source>
        <extracomment>glossary.json $.terms[22].definition</extracomment>
        <translation>Un caso judicial que pregunta si la detención de una persona es legal. Es la forma habitual de cuestionar una detención migratoria en un tribunal federal. Se presenta donde está detenida la persona. En 2025, en *J.G.G.*, un caso sobre deportaciones bajo la Alien Enemies Act (Ley de Enemigos Extranjeros), la Corte Suprema dijo que algunas impugnaciones de la detención se deben presentar por hábeas corpus.</translation>
    </message>
    <message>
        <source>When the government takes control of a person, such as by arrest or holding them. Some federal courts have said keeping someone in jail past release on a detainer is a new seizure.</source>
        <extracomment>glossary.json $.terms[29].definition</extracomment>
        <translation>Cuando el gobierno toma control de una persona, por ejemplo con un arresto o al retenerla. Algunos tribunales federales han dicho que mantener en la cárcel por una orden de retención a alguien que ya debía salir libre es una nueva detención.</translation>
    </message>
    <message>
        <source>A person who is not a lawyer but is approved by the Justice Department to help with immigration cases. According to the Justice Department&apos;s EOIR, they must work for a recognized nonprofit organization.</source>
        <extracomment>glossary.json $.terms[37].definition</extracomment>
        <translation>Una persona que no es abogado, pero que el Departamento de Justicia aprobó para ayudar en casos de inmigración. Según la EOIR del Departamento de Justicia, debe trabajar para una organización sin fines de lucro reconocida.</translation>
    </message>
    <message>
        <source>According to the Justice Department&apos;s EOIR, a nonprofit group it has approved to give immigration legal help through accredited representatives.</source>
        <extracomment>glossary.json $.terms[38].definition</extracomment>
        <translation>Según la EOIR del Departamento de Justicia, un grupo sin fines de lucro que esa oficina aprobó para dar ayuda legal de inmigración por medio de representantes acreditados.</translation>
    </message>
    <message>
        <source>The Executive Office for Immigration Review, part of the Justice Department. It runs the immigration courts. Its website lists recognized organizations, accredited representatives and providers that may offer free legal services.</source>
        <extracomment>glossary.json $.terms[39].definition</extracomment>
        <translation>La Oficina Ejecutiva de Revisión de Casos de Inmigración (Executive Office for Immigration Review), parte del Departamento de Justicia. Dirige las cortes de inmigración. Su sitio web tiene listas de organizaciones reconocidas, representantes acreditados y proveedores que tal vez ofrezcan servicios legales gratuitos.</translation>
    </message>
    <message>
        <source>A scam in which someone calls themselves a &quot;notario&quot; and offers immigration help. USCIS explains that in the United States, being a notary public (notario público) does not make someone a lawyer or allow them to give legal advice.</source>
        <extracomment>glossary.json $.terms[40].definition</extracomment>
        <translation>Una estafa en la que alguien se presenta como &quot;notario&quot; y ofrece ayuda de inmigración. USCIS explica que, en Estados Unidos, ser notario público (notary public) no convierte a nadie en abogado ni le permite dar asesoría legal.</translation>
    </message>
    <message>
        <source>A lawsuit, often for money, against state or local officials, or counties, who violate federal rights. The Galarza and Miranda-Olivares cases were against counties.</source>
        <extracomment>glossary.json $.terms[50].definition</extracomment>
        <translation>Una demanda, a menudo para pedir dinero, contra funcionarios estatales o locales, o contra condados, que violan derechos federales. Los casos Galarza y Miranda-Olivares fueron contra condados.</translation>
    </message>
    <message>
        <source>A 1996 federal law. It says no government may stop its officials from sending information about a person&apos;s citizenship or immigration status to immigration authorities, or from receiving it from them. Courts disagree about whether it is valid and how far it reaches.</source>
        <extracomment>glossary.json $.terms[53].definition</extracomment>
        <translation>Una ley federal de 1996. Dice que ningún gobierno puede impedir que sus funcionarios envíen a las autoridades de inmigración información sobre la ciudadanía o el estatus migratorio de una persona, ni que la reciban de ellas. Los tribunales no están de acuerdo sobre si es válida y hasta dónde llega.</translation>
    </message>
    <message>
        <source>Agreeing to something, such as letting officers into a home. Longstanding guidance on administrative warrants turns on it: such a warrant alone does not allow entry without consent. A 2025 ICE memo says a Form I-205 alone can allow forced entry in some cases. Whether that is legal is disputed.</source>
        <extracomment>glossary.json $.terms[55].definition</extracomment>
        <translation>Estar de acuerdo con algo, por ejemplo, dejar entrar a los oficiales a una casa. Es la clave de lo que dicen desde hace mucho tiempo las guías sobre las órdenes administrativas: una orden así, por sí sola, no permite entrar sin consentimiento. Un memorando de ICE de 2025 dice que, en algunos casos, un Formulario I-205 por sí solo puede permitir la entrada por la fuerza. Se discute si eso es legal.</translation>
    </message>
    <message>
        <source>The right not to answer questions from officers. Know-your-rights cards from legal groups include the words: &quot;I choose to exercise my constitutional rights.&quot;</source>
        <extracomment>glossary.json $.terms[56].definition</extracomment>
        <translation>El derecho a no responder preguntas de los oficiales. Las tarjetas de &quot;conozca sus derechos&quot; de grupos legales incluyen estas palabras: &quot;Elijo ejercer mis derechos constitucionales&quot;.</translation>
    </message>
    <message>
        <source>When federal appeals courts in different regions decide the same legal question differently. The Supreme Court, or a new law from Congress, can settle it for the whole country.</source>
        <extracomment>glossary.json $.terms[57].definition</extracomment>
        <translation>Cuando tribunales federales de apelaciones de distintas regiones deciden de forma distinta la misma pregunta legal. La Corte Suprema, o una nueva ley del Congreso, puede resolverlo para todo el país.</translation>
    </message>
    <message>
        <source>A final dismissal. The same claim cannot be filed again, but the ruling can be appealed.</source>
        <extracomment>glossary.json $.terms[59].definition</extracomment>
        <translation>Una desestimación final. No se puede volver a presentar el mismo reclamo, pero se puede apelar la decisión.</translation>
    </message>
    <message>
        <source>A fair reason, based on facts, to believe something. For an arrest, it means facts that would make a careful person believe the person committed a crime. In immigration cases, it means facts showing the person can be removed. The Fourth Amendment requires it for most seizures.</source>
        <extracomment>glossary.json $.terms[11].definition</extracomment>
        <translation>Una razón justa, basada en hechos, para creer algo. Para un arresto, son hechos que harían creer a una persona prudente que alguien cometió un delito. En casos de inmigración, son hechos que muestran que la persona puede ser deportada. La Cuarta Enmienda la exige para la mayoría de las detenciones e incautaciones.</translation>
    </message>
</context>
<context>
    <name>content/help</name>
    <message>
        <source>EOIR: Recognized organizations and accredited representatives</source>
        <extracomment>help.json $.helpPlaces[0].name</extracomment>
        <translation>EOIR: Organizaciones reconocidas y representantes acreditados</translation>
    </message>
    <message>
        <source>EOIR: List of pro bono legal service providers</source>
        <extracomment>help.json $.helpPlaces[1].name</extracomment>
        <translation>EOIR: Lista de proveedores de servicios legales gratuitos (pro bono)</translation>
    </message>
    <message>
        <source>A Justice Department list of organizations and attorneys that may provide free immigration legal services.</source>
        <extracomment>help.json $.helpPlaces[1].what</extracomment>
        <translation>Una lista del Departamento de Justicia con organizaciones y abogados que pueden ofrecer servicios legales de inmigración gratuitos.</translation>
    </message>
    <message>
        <source>American Immigration Lawyers Association: Lawyer search</source>
        <extracomment>help.json $.helpPlaces[2].name</extracomment>
        <translation>American Immigration Lawyers Association: búsqueda de abogados</translation>
    </message>
    <message>
        <source>A search tool from the national association of immigration lawyers. You can search for member lawyers near you. Each lawyer sets their own fees.</source>
        <extracomment>help.json $.helpPlaces[2].what</extracomment>
        <translation>Una herramienta de búsqueda de la asociación nacional de abogados de inmigración. Puede buscar abogados miembros cerca de usted. Cada abogado fija sus propios honorarios.</translation>
    </message>
    <message>
        <source>Immigration Advocates Network: National legal directory</source>
        <extracomment>help.json $.helpPlaces[3].name</extracomment>
        <translation>Immigration Advocates Network: directorio legal nacional</translation>
    </message>
    <message>
        <source>A searchable directory of nonprofit immigration legal service providers across the United States.</source>
        <extracomment>help.json $.helpPlaces[3].what</extracomment>
        <translation>Un directorio en línea, con buscador, de proveedores sin fines de lucro de servicios legales de inmigración en todo Estados Unidos.</translation>
    </message>
    <message>
        <source>State bar lawyer referral services</source>
        <extracomment>help.json $.helpPlaces[4].name</extracomment>
        <translation>Servicios de referencia de abogados de los colegios de abogados estatales</translation>
    </message>
    <message>
        <source>USCIS: Avoid scams</source>
        <extracomment>help.json $.helpPlaces[5].name</extracomment>
        <translation>USCIS: Evite las estafas</translation>
    </message>
    <message>
        <source>A U.S. Citizenship and Immigration Services page that explains notario fraud and other immigration scams, who can legally help you, and how to report a scam.</source>
        <extracomment>help.json $.helpPlaces[5].what</extracomment>
        <translation>Una página del Servicio de Ciudadanía e Inmigración de EE. UU. (USCIS). Explica el fraude de notarios y otras estafas de inmigración, quién puede ayudarle legalmente y cómo denunciar una estafa.</translation>
    </message>
    <message>
        <source>Federal Trade Commission: Consumer advice</source>
        <extracomment>help.json $.helpPlaces[6].name</extracomment>
        <translation>Federal Trade Commission (Comisión Federal de Comercio): consejos para consumidores</translation>
    </message>
    <message>
        <source>The FTC&apos;s consumer pages in English and Spanish, including warnings about notario and immigration scams and how to report fraud.</source>
        <extracomment>help.json $.helpPlaces[6].what</extracomment>
        <translation>Las páginas para consumidores de la FTC, en inglés y en español. Incluyen advertencias sobre las estafas de notarios y de inmigración, y explican cómo denunciar un fraude.</translation>
    </message>
    <message>
        <source>The Justice Department&apos;s Executive Office for Immigration Review keeps rosters of nonprofit recognized organizations and their DOJ-accredited representatives. EOIR says accredited representatives are not lawyers, but they may help with immigration cases for their organization.</source>
        <extracomment>help.json $.helpPlaces[0].what</extracomment>
        <translation>La Oficina Ejecutiva de Revisión de Casos de Inmigración (EOIR), del Departamento de Justicia, tiene listas de organizaciones reconocidas sin fines de lucro y de sus representantes acreditados por el DOJ. La EOIR dice que los representantes acreditados no son abogados, pero pueden ayudar en casos de inmigración en nombre de su organización.</translation>
    </message>
    <message>
        <source>Many state and local bar associations run lawyer referral services. They may be able to connect you with a licensed lawyer in your area. The American Bar Association&apos;s directory lists these services.</source>
        <extracomment>help.json $.helpPlaces[4].what</extracomment>
        <translation>Muchos colegios de abogados estatales y locales tienen servicios de referencia de abogados. Es posible que le puedan poner en contacto con un abogado con licencia en su zona. El directorio de la American Bar Association (Asociación Americana de Abogados) tiene una lista de estos servicios.</translation>
    </message>
</context>
<context>
    <name>content/meta</name>
    <message>
        <source>This app gives general information about the law. It is not legal advice, and it cannot tell you what to do in your own case. Laws and court rulings change. Our sources cover events up to about June 2026, so later rulings or laws may be missing.</source>
        <extracomment>meta.json $.meta.disclaimer</extracomment>
        <translation>Esta aplicación da información general sobre la ley. No es asesoría legal y no puede decirle qué hacer en su propio caso. Las leyes y las decisiones de los tribunales cambian. Nuestras fuentes cubren hechos hasta alrededor de junio de 2026, así que puede que falten fallos o leyes posteriores.</translation>
    </message>
    <message>
        <source>For advice about your own situation, talk to a licensed immigration lawyer or a DOJ-accredited representative at a recognized organization. In the United States, being a notary public (notario público) does not make someone a lawyer or allow them to give legal advice.</source>
        <extracomment>meta.json $.meta.helpNotice</extracomment>
        <translation>Para recibir asesoría sobre su propia situación, hable con un abogado de inmigración con licencia o con un representante acreditado por el Departamento de Justicia (DOJ) en una organización reconocida. En Estados Unidos, ser notario público (notary public) no convierte a nadie en abogado ni le permite dar asesoría legal.</translation>
    </message>
</context>
<context>
    <name>content/sources</name>
    <message>
        <source>IIRIRA (1996)</source>
        <extracomment>sources.json $.sources[0].title</extracomment>
        <translation>IIRIRA (1996)</translation>
    </message>
    <message>
        <source>Added INA §287(g), which allows written 287(g) agreements, and the information-sharing rule now at 8 U.S.C. §1373 (IIRIRA §642).</source>
        <extracomment>sources.json $.sources[0].supports</extracomment>
        <translation>Añadió el INA §287(g), que permite acuerdos 287(g) por escrito. También añadió la regla para compartir información que hoy está en 8 U.S.C. §1373 (IIRIRA §642).</translation>
    </message>
    <message>
        <source>8 U.S.C. §1357 (287(g))</source>
        <extracomment>sources.json $.sources[1].title</extracomment>
        <translation>8 U.S.C. §1357 (287(g))</translation>
    </message>
    <message>
        <source>Allows written agreements under which trained state and local officers perform set immigration-officer functions under federal supervision; §1357(d) is the only INA provision that mentions detainers, and it is limited to controlled-substance arrests.</source>
        <extracomment>sources.json $.sources[1].supports</extracomment>
        <translation>Permite acuerdos por escrito en los que agentes estatales y locales capacitados cumplen ciertas funciones de un oficial de inmigración, bajo supervisión federal. El §1357(d) es la única parte de la INA que menciona las órdenes de retención migratoria (detainers), y solo trata de arrestos por sustancias controladas.</translation>
    </message>
    <message>
        <source>8 U.S.C. §1373</source>
        <extracomment>sources.json $.sources[2].title</extracomment>
        <translation>8 U.S.C. §1373</translation>
    </message>
    <message>
        <source>Says no federal, state or local entity or official may prohibit or restrict sending or receiving information about a person&apos;s citizenship or immigration status.</source>
        <extracomment>sources.json $.sources[2].supports</extracomment>
        <translation>Dice que ninguna entidad o funcionario federal, estatal o local puede prohibir ni limitar que se envíe o se reciba información sobre la ciudadanía o el estatus migratorio de una persona.</translation>
    </message>
    <message>
        <source>8 U.S.C. §1252</source>
        <extracomment>sources.json $.sources[3].title</extracomment>
        <translation>8 U.S.C. §1252</translation>
    </message>
    <message>
        <source>Limits court review in immigration cases: bars review of certain discretionary decisions, class-wide injunctions against parts of the removal laws, and claims arising from decisions to commence proceedings, adjudicate cases or execute removal orders.</source>
        <extracomment>sources.json $.sources[3].supports</extracomment>
        <translation>Limita la revisión de los tribunales en casos de inmigración. Impide revisar ciertas decisiones discrecionales. Impide órdenes judiciales para toda una clase de personas que bloqueen partes de las leyes de deportación. También impide reclamos que surgen de la decisión de iniciar un proceso, decidir un caso o ejecutar una orden de deportación.</translation>
    </message>
    <message>
        <source>8 U.S.C. §1447(b) (naturalization delays)</source>
        <extracomment>sources.json $.sources[4].title</extracomment>
        <translation>8 U.S.C. §1447(b) (retrasos en la naturalización)</translation>
    </message>
    <message>
        <source>Described in practice guides as letting a federal district court decide a naturalization (N-400) case, or send it back, when USCIS has not decided it within 120 days after the interview.</source>
        <extracomment>sources.json $.sources[4].supports</extracomment>
        <translation>Según guías de práctica legal, permite que un tribunal federal de distrito decida un caso de naturalización (N-400) o lo devuelva a USCIS. Esto aplica cuando USCIS no lo ha decidido en los 120 días después de la entrevista.</translation>
    </message>
    <message>
        <source>28 U.S.C. §1361 (mandamus)</source>
        <extracomment>sources.json $.sources[5].title</extracomment>
        <translation>28 U.S.C. §1361 (mandamus)</translation>
    </message>
    <message>
        <source>Gives federal district courts jurisdiction over actions in the nature of mandamus to compel a federal officer or agency to perform a duty owed to the plaintiff.</source>
        <extracomment>sources.json $.sources[5].supports</extracomment>
        <translation>Da a los tribunales federales de distrito jurisdicción sobre acciones de mandamus. Con ellas se busca obligar a un funcionario o una agencia federal a cumplir un deber que tiene con el demandante.</translation>
    </message>
    <message>
        <source>All Writs Act</source>
        <extracomment>sources.json $.sources[6].title</extracomment>
        <translation>All Writs Act (Ley de Todos los Autos)</translation>
    </message>
    <message>
        <source>The source of federal courts&apos; power to issue writs, including appellate mandamus to lower courts in extraordinary cases.</source>
        <extracomment>sources.json $.sources[6].supports</extracomment>
        <translation>Es la fuente del poder de los tribunales federales para emitir autos judiciales (writs). Esto incluye el mandamus de un tribunal de apelaciones a un tribunal inferior en casos extraordinarios.</translation>
    </message>
    <message>
        <source>28 U.S.C. §2241 (habeas corpus)</source>
        <extracomment>sources.json $.sources[7].title</extracomment>
        <translation>28 U.S.C. §2241 (hábeas corpus)</translation>
    </message>
    <message>
        <source>Federal habeas corpus: the usual federal-court remedy for unlawful immigration detention, filed against the custodian.</source>
        <extracomment>sources.json $.sources[7].supports</extracomment>
        <translation>Es el hábeas corpus federal: el recurso usual ante un tribunal federal contra una detención migratoria ilegal. Se presenta contra quien tiene a la persona bajo custodia.</translation>
    </message>
    <message>
        <source>APA §706</source>
        <extracomment>sources.json $.sources[8].title</extracomment>
        <translation>APA §706</translation>
    </message>
    <message>
        <source>§706(1): a court shall compel agency action unlawfully withheld or unreasonably delayed; §706(2): a court shall hold unlawful and set aside agency action that is, for example, in excess of statutory authority.</source>
        <extracomment>sources.json $.sources[8].supports</extracomment>
        <translation>§706(1): un tribunal debe obligar a una agencia a tomar una acción que ha dejado de tomar de forma ilegal o que ha demorado irrazonablemente. §706(2): un tribunal debe declarar ilegal y anular una acción de una agencia que, por ejemplo, va más allá de la autoridad que le da la ley.</translation>
    </message>
    <message>
        <source>APA §555(b)</source>
        <extracomment>sources.json $.sources[9].title</extracomment>
        <translation>APA §555(b)</translation>
    </message>
    <message>
        <source>Requires agencies to conclude matters presented to them within a reasonable time.</source>
        <extracomment>sources.json $.sources[9].supports</extracomment>
        <translation>Exige que las agencias terminen en un plazo razonable los asuntos que se les presentan.</translation>
    </message>
    <message>
        <source>Laken Riley Act (2025)</source>
        <extracomment>sources.json $.sources[10].title</extracomment>
        <translation>Laken Riley Act (Ley Laken Riley, 2025)</translation>
    </message>
    <message>
        <source>Gives state attorneys general a statutory right to sue for injunctive relief over certain federal release, parole, visa-sanction and detention failures.</source>
        <extracomment>sources.json $.sources[10].supports</extracomment>
        <translation>Da a los fiscales generales de los estados el derecho legal de demandar para pedir órdenes judiciales. Aplica a ciertas fallas del gobierno federal en liberaciones, permisos de parole, sanciones de visas y detenciones.</translation>
    </message>
    <message>
        <source>8 C.F.R. §287.7 (detainers)</source>
        <extracomment>sources.json $.sources[11].title</extracomment>
        <translation>8 C.F.R. §287.7 (órdenes de retención migratoria)</translation>
    </message>
    <message>
        <source>Defines a detainer as a request that another agency tell DHS before releasing a person (§287.7(a)) and keep the person up to 48 hours, not counting Saturdays, Sundays and holidays (§287.7(d)).</source>
        <extracomment>sources.json $.sources[11].supports</extracomment>
        <translation>Define la orden de retención migratoria (detainer) como una solicitud a otra agencia para que avise al DHS antes de liberar a una persona (§287.7(a)). También le pide retener a la persona hasta 48 horas, sin contar sábados, domingos ni días feriados (§287.7(d)).</translation>
    </message>
    <message>
        <source>ICE 287(g) program page</source>
        <extracomment>sources.json $.sources[12].title</extracomment>
        <translation>Página de ICE sobre el programa 287(g)</translation>
    </message>
    <message>
        <source>Describes 287(g) agreements and the Jail Enforcement, Warrant Service Officer and Task Force models.</source>
        <extracomment>sources.json $.sources[12].supports</extracomment>
        <translation>Describe los acuerdos 287(g) y sus modelos: Control en las Cárceles, Oficial de Servicio de Órdenes y Grupo de Trabajo.</translation>
    </message>
    <message>
        <source>CRS: The 287(g) Program (2021)</source>
        <extracomment>sources.json $.sources[13].title</extracomment>
        <translation>Informe del CRS: The 287(g) Program (2021)</translation>
    </message>
    <message>
        <source>Explains 287(g) agreements; the first agreement (Florida, 2002); and participation counts of 72 agencies (2011), 35 (Jan. 2017) and 150 (Sept. 2020).</source>
        <extracomment>sources.json $.sources[13].supports</extracomment>
        <translation>Explica los acuerdos 287(g) y el primer acuerdo (Florida, 2002). Da cifras de participación: 72 agencias (2011), 35 (enero de 2017) y 150 (septiembre de 2020).</translation>
    </message>
    <message>
        <source>Form I-247A</source>
        <extracomment>sources.json $.sources[14].title</extracomment>
        <translation>Formulario I-247A</translation>
    </message>
    <message>
        <source>The detainer form used since April 2, 2017; it lists four possible bases for probable cause and must be served on the person.</source>
        <extracomment>sources.json $.sources[14].supports</extracomment>
        <translation>Es el formulario de orden de retención migratoria que se usa desde el 2 de abril de 2017. Indica cuatro posibles bases de causa probable y se le debe entregar a la persona.</translation>
    </message>
    <message>
        <source>ICE detainer policy 10074.2 (2017)</source>
        <extracomment>sources.json $.sources[15].title</extracomment>
        <translation>Política 10074.2 de ICE sobre órdenes de retención (2017)</translation>
    </message>
    <message>
        <source>Requires probable cause for detainers and requires each detainer to be accompanied by a signed Form I-200 or Form I-205 administrative warrant.</source>
        <extracomment>sources.json $.sources[15].supports</extracomment>
        <translation>Exige causa probable para las órdenes de retención migratoria. También exige que cada orden de retención vaya con una orden administrativa firmada, en el Formulario I-200 o el Formulario I-205.</translation>
    </message>
    <message>
        <source>DHS memo ending Secure Communities (2014)</source>
        <extracomment>sources.json $.sources[16].title</extracomment>
        <translation>Memorando del DHS que terminó Comunidades Seguras (2014)</translation>
    </message>
    <message>
        <source>Discontinued Secure Communities as then run, citing litigation, state and local non-cooperation and court rulings on detainers, and replaced it with a program that kept using booking fingerprints.</source>
        <extracomment>sources.json $.sources[16].supports</extracomment>
        <translation>Terminó Comunidades Seguras tal como funcionaba entonces. Citó demandas, la falta de cooperación de estados y localidades, y fallos judiciales sobre órdenes de retención migratoria. Lo reemplazó con un programa que siguió usando las huellas digitales tomadas al registrar a las personas en la cárcel.</translation>
    </message>
    <message>
        <source>Executive Order 13768 (2017)</source>
        <extracomment>sources.json $.sources[17].title</extracomment>
        <translation>Orden Ejecutiva 13768 (2017)</translation>
    </message>
    <message>
        <source>The 2017 interior-enforcement order; summaries of DHS and ICE documents say it revived Secure Communities; its §9(a) funding provision was held unconstitutional in San Francisco v. Trump (2018).</source>
        <extracomment>sources.json $.sources[17].supports</extracomment>
        <translation>Es la orden de 2017 sobre el control migratorio dentro del país. Según resúmenes de documentos del DHS y de ICE, revivió Comunidades Seguras. Su disposición sobre fondos, el §9(a), fue declarada inconstitucional en San Francisco v. Trump (2018).</translation>
    </message>
    <message>
        <source>Executive Order 14159 (2025)</source>
        <extracomment>sources.json $.sources[18].title</extracomment>
        <translation>Orden Ejecutiva 14159 (2025)</translation>
    </message>
    <message>
        <source>Directs DHS to enter 287(g) agreements to the maximum extent allowed by law, says sanctuary jurisdictions should not receive federal funds, and calls for guidance on 8 U.S.C. §§1373 and 1644.</source>
        <extracomment>sources.json $.sources[18].supports</extracomment>
        <translation>Ordena al DHS firmar acuerdos 287(g) en la mayor medida que permita la ley. Dice que las jurisdicciones &quot;santuario&quot; no deberían recibir fondos federales. Pide guías sobre 8 U.S.C. §§1373 y 1644.</translation>
    </message>
    <message>
        <source>Executive Order 14287 (2025)</source>
        <extracomment>sources.json $.sources[19].title</extracomment>
        <translation>Orden Ejecutiva 14287 (2025)</translation>
    </message>
    <message>
        <source>Orders a published list of sanctuary jurisdictions and directs agencies to identify federal funds to suspend or end.</source>
        <extracomment>sources.json $.sources[19].supports</extracomment>
        <translation>Ordena publicar una lista de jurisdicciones &quot;santuario&quot;. Pide a las agencias identificar fondos federales que se puedan suspender o terminar.</translation>
    </message>
    <message>
        <source>ICE ends task-force agreements (2012)</source>
        <extracomment>sources.json $.sources[20].title</extracomment>
        <translation>ICE termina los acuerdos de grupo de trabajo (2012)</translation>
    </message>
    <message>
        <source>ICE said it would not renew any 287(g) task-force agreements and called Secure Communities a more efficient use of resources.</source>
        <extracomment>sources.json $.sources[20].supports</extracomment>
        <translation>ICE dijo que no renovaría ningún acuerdo 287(g) de grupo de trabajo. Dijo que Comunidades Seguras era un uso más eficiente de los recursos.</translation>
    </message>
    <message>
        <source>DHS/ICE 287(g) release (Sept. 2025)</source>
        <extracomment>sources.json $.sources[21].title</extracomment>
        <translation>Comunicado del DHS y de ICE sobre 287(g) (septiembre de 2025)</translation>
    </message>
    <message>
        <source>Reports 1,001 287(g) agreements and announces that, from Oct. 1, 2025, agencies can be reimbursed for Task Force officers&apos; salary and benefits, some overtime, and quarterly awards.</source>
        <extracomment>sources.json $.sources[21].supports</extracomment>
        <translation>Informa que hay 1,001 acuerdos 287(g). Anuncia que, desde el 1 de octubre de 2025, las agencias pueden recibir reembolsos por el salario y los beneficios de los agentes del Grupo de Trabajo, algunas horas extra y premios trimestrales.</translation>
    </message>
    <message>
        <source>287(g) tracker (2026)</source>
        <extracomment>sources.json $.sources[22].title</extracomment>
        <translation>Rastreador de acuerdos 287(g) (2026)</translation>
    </message>
    <message>
        <source>Counts more than 1,500 active 287(g) agreements in early March 2026 from ICE&apos;s spreadsheet and warns that counts differ (agreements vs agencies; an overwritten snapshot).</source>
        <extracomment>sources.json $.sources[22].supports</extracomment>
        <translation>Cuenta más de 1,500 acuerdos 287(g) activos a principios de marzo de 2026, según la hoja de cálculo de ICE. Advierte que las cifras varían (acuerdos o agencias; una copia de los datos que fue reemplazada).</translation>
    </message>
    <message>
        <source>Univision on 287(g) (2025)</source>
        <extracomment>sources.json $.sources[23].title</extracomment>
        <translation>Univision sobre 287(g) (2025)</translation>
    </message>
    <message>
        <source>Reports that ICE resumed Task Force Model agreements on Jan. 30, 2025.</source>
        <extracomment>sources.json $.sources[23].supports</extracomment>
        <translation>Informa que ICE volvió a firmar acuerdos del modelo de Grupo de Trabajo el 30 de enero de 2025.</translation>
    </message>
    <message>
        <source>Florida sheriffs and 287(g) (2025)</source>
        <extracomment>sources.json $.sources[24].title</extracomment>
        <translation>Los alguaciles (sheriffs) de Florida y el 287(g) (2025)</translation>
    </message>
    <message>
        <source>States that all 67 Florida sheriffs take part in at least one 287(g) model.</source>
        <extracomment>sources.json $.sources[24].supports</extracomment>
        <translation>Dice que los 67 alguaciles (sheriffs) de Florida participan en al menos un modelo 287(g).</translation>
    </message>
    <message>
        <source>ACLU of Utah on 287(g) models</source>
        <extracomment>sources.json $.sources[25].title</extracomment>
        <translation>La ACLU de Utah sobre los modelos 287(g)</translation>
    </message>
    <message>
        <source>Describes the Jail Enforcement, Warrant Service Officer and Task Force models; says the Warrant Service Officer model was created in 2019.</source>
        <extracomment>sources.json $.sources[25].supports</extracomment>
        <translation>Describe los modelos de Control en las Cárceles, de Oficial de Servicio de Órdenes y de Grupo de Trabajo. Dice que el modelo de Oficial de Servicio de Órdenes se creó en 2019.</translation>
    </message>
    <message>
        <source>GovTech on Secure Communities</source>
        <extracomment>sources.json $.sources[26].title</extracomment>
        <translation>GovTech sobre Comunidades Seguras</translation>
    </message>
    <message>
        <source>Reports conflicting DHS answers on whether localities could opt out of Secure Communities, and that in the end the fingerprint check could not be avoided.</source>
        <extracomment>sources.json $.sources[26].supports</extracomment>
        <translation>Informa que el DHS dio respuestas contradictorias sobre si las localidades podían salirse de Comunidades Seguras. Al final, no se podía evitar la revisión de huellas digitales.</translation>
    </message>
    <message>
        <source>Kubrin (2014)</source>
        <extracomment>sources.json $.sources[27].title</extracomment>
        <translation>Kubrin (2014)</translation>
    </message>
    <message>
        <source>Describes Secure Communities&apos; automatic check of booking fingerprints against DHS&apos;s IDENT system and its spread from 14 jurisdictions (2008) to all 3,181.</source>
        <extracomment>sources.json $.sources[27].supports</extracomment>
        <translation>Describe cómo Comunidades Seguras revisaba en forma automática las huellas digitales tomadas en la cárcel con el sistema IDENT del DHS. También describe cómo se extendió de 14 jurisdicciones (2008) a todas las 3,181.</translation>
    </message>
    <message>
        <source>DOJ Civil Resource Manual: Mandamus</source>
        <extracomment>sources.json $.sources[28].title</extracomment>
        <translation>Manual civil del DOJ (Civil Resource Manual): mandamus</translation>
    </message>
    <message>
        <source>Explains that §1361 runs against federal officers, not the United States itself, creates no new substantive rights, and that §1651 supports appellate mandamus.</source>
        <extracomment>sources.json $.sources[28].supports</extracomment>
        <translation>Explica que el §1361 se aplica contra funcionarios federales, no contra los Estados Unidos como tal, y que no crea nuevos derechos de fondo. También explica que el §1651 es la base del mandamus en apelación.</translation>
    </message>
    <message>
        <source>AIC/NILA practice advisory (2021)</source>
        <extracomment>sources.json $.sources[29].title</extracomment>
        <translation>Guía práctica de AIC y NILA (2021)</translation>
    </message>
    <message>
        <source>Explains that delay suits can force a decision but never an approval, that filing often prompts agency action, and that courts divide on jurisdiction and on how to weigh the TRAC factors.</source>
        <extracomment>sources.json $.sources[29].supports</extracomment>
        <translation>Explica que las demandas por demoras pueden forzar una decisión, pero nunca una aprobación. Dice que presentar la demanda a menudo hace que la agencia actúe. También dice que los tribunales no coinciden sobre la jurisdicción ni sobre cómo evaluar los factores TRAC.</translation>
    </message>
    <message>
        <source>Guidance on administrative vs judicial warrants</source>
        <extracomment>sources.json $.sources[30].title</extracomment>
        <translation>Guía sobre la orden administrativa y la orden judicial</translation>
    </message>
    <message>
        <source>Explains that Forms I-200 and I-205 are signed by immigration officers, not courts, and that an administrative warrant does not by itself allow entry into a home without consent.</source>
        <extracomment>sources.json $.sources[30].supports</extracomment>
        <translation>Explica que los Formularios I-200 e I-205 los firman oficiales de inmigración, no tribunales. También explica que una orden administrativa, por sí sola, no permite entrar a una vivienda sin consentimiento.</translation>
    </message>
    <message>
        <source>ILRC red cards</source>
        <extracomment>sources.json $.sources[31].title</extracomment>
        <translation>Tarjetas rojas del ILRC</translation>
    </message>
    <message>
        <source>Reports on the 2025 ICE home-entry memo</source>
        <extracomment>sources.json $.sources[32].title</extracomment>
        <translation>Informes sobre el memorando de ICE de 2025 para entrar a viviendas</translation>
    </message>
    <message>
        <source>Reports that a May 2025 ICE memo, made public in January 2026, says an I-205 alone can support forced entry into the home of a person with a final removal order; DHS defended it and law professors said it conflicts with Payton v. New York.</source>
        <extracomment>sources.json $.sources[32].supports</extracomment>
        <translation>Informan que un memorando de ICE de mayo de 2025, que se hizo público en enero de 2026, dice que un I-205 por sí solo puede justificar entrar a la fuerza en la vivienda de una persona con una orden final de deportación. El DHS lo defendió. Profesores de derecho dijeron que choca con Payton v. New York.</translation>
    </message>
    <message>
        <source>EOIR Recognition &amp; Accreditation</source>
        <extracomment>sources.json $.sources[33].title</extracomment>
        <translation>Reconocimiento y acreditación de la EOIR</translation>
    </message>
    <message>
        <source>Explains that accredited representatives are non-lawyers designated by a recognized nonprofit organization and may assist people before DHS and the immigration courts; links to the rosters.</source>
        <extracomment>sources.json $.sources[33].supports</extracomment>
        <translation>Explica que los representantes acreditados no son abogados. Los designa una organización sin fines de lucro reconocida, y pueden ayudar a las personas ante el DHS y los tribunales de inmigración. Tiene enlaces a las listas oficiales.</translation>
    </message>
    <message>
        <source>EOIR pro bono list</source>
        <extracomment>sources.json $.sources[34].title</extracomment>
        <translation>Lista pro bono de la EOIR</translation>
    </message>
    <message>
        <source>EOIR&apos;s list of organizations and attorneys that may provide free immigration legal services.</source>
        <extracomment>sources.json $.sources[34].supports</extracomment>
        <translation>Lista de la EOIR con organizaciones y abogados que pueden dar servicios legales de inmigración gratis.</translation>
    </message>
    <message>
        <source>USCIS: Avoid Scams</source>
        <extracomment>sources.json $.sources[35].title</extracomment>
        <translation>USCIS: Evite las estafas</translation>
    </message>
    <message>
        <source>Warns that notarios, notary publics and immigration consultants cannot give legal advice or represent you, and lists ways to protect yourself.</source>
        <extracomment>sources.json $.sources[35].supports</extracomment>
        <translation>Advierte que los &quot;notarios&quot;, los notarios públicos (notary publics) y los consultores de inmigración no pueden darle asesoría legal ni representarle. Da maneras de protegerse.</translation>
    </message>
    <message>
        <source>FTC on notario scams</source>
        <extracomment>sources.json $.sources[36].title</extracomment>
        <translation>La FTC sobre las estafas de notarios</translation>
    </message>
    <message>
        <source>Explains that a notario, notario público or notary public is not an attorney and cannot give legal advice about immigration.</source>
        <extracomment>sources.json $.sources[36].supports</extracomment>
        <translation>Explica que un &quot;notario&quot;, un notario público o un notary public no es abogado en EE. UU. y no puede dar asesoría legal sobre inmigración.</translation>
    </message>
    <message>
        <source>New York v. United States (1992)</source>
        <extracomment>sources.json $.sources[37].title</extracomment>
        <translation>New York v. United States (1992)</translation>
    </message>
    <message>
        <source>Congress may not compel states to enact or administer a federal regulatory program.</source>
        <extracomment>sources.json $.sources[37].supports</extracomment>
        <translation>El Congreso no puede obligar a los estados a adoptar ni a administrar un programa regulatorio federal.</translation>
    </message>
    <message>
        <source>Printz v. United States (1997)</source>
        <extracomment>sources.json $.sources[38].title</extracomment>
        <translation>Printz v. United States (1997)</translation>
    </message>
    <message>
        <source>The federal government may not command state or local officers, such as sheriffs, to administer a federal program (Brady Act background checks).</source>
        <extracomment>sources.json $.sources[38].supports</extracomment>
        <translation>El gobierno federal no puede darles órdenes a funcionarios estatales o locales, como los alguaciles (sheriffs), para que administren un programa federal (la revisión de antecedentes de la Ley Brady).</translation>
    </message>
    <message>
        <source>Murphy v. NCAA (2018)</source>
        <extracomment>sources.json $.sources[39].title</extracomment>
        <translation>Murphy v. NCAA (2018)</translation>
    </message>
    <message>
        <source>Anti-commandeering applies to federal laws that forbid states to act as well as to laws that command them.</source>
        <extracomment>sources.json $.sources[39].supports</extracomment>
        <translation>La doctrina contra la requisición (anti-commandeering) se aplica tanto a las leyes federales que prohíben actuar a los estados como a las leyes que les dan órdenes.</translation>
    </message>
    <message>
        <source>Arizona v. United States (2012)</source>
        <extracomment>sources.json $.sources[40].title</extracomment>
        <translation>Arizona v. United States (2012)</translation>
    </message>
    <message>
        <source>Held three parts of Arizona SB 1070 preempted (§§3, 5(C) and 6) and declined to block the status-check provision §2(B) before it took effect.</source>
        <extracomment>sources.json $.sources[40].supports</extracomment>
        <translation>Decidió que la ley federal desplaza tres partes de la ley SB 1070 de Arizona (§§3, 5(C) y 6). Se negó a bloquear la regla de verificación del estatus, el §2(B), antes de que entrara en vigor.</translation>
    </message>
    <message>
        <source>South Dakota v. Dole (1987)</source>
        <extracomment>sources.json $.sources[41].title</extracomment>
        <translation>South Dakota v. Dole (1987)</translation>
    </message>
    <message>
        <source>Conditions on federal funds must relate to the federal program and must not be coercive.</source>
        <extracomment>sources.json $.sources[41].supports</extracomment>
        <translation>Las condiciones para recibir fondos federales deben tener relación con el programa federal y no deben ser coercitivas (no pueden forzar a los estados).</translation>
    </message>
    <message>
        <source>NFIB v. Sebelius (2012)</source>
        <extracomment>sources.json $.sources[42].title</extracomment>
        <translation>NFIB v. Sebelius (2012)</translation>
    </message>
    <message>
        <source>Threatening to take away all of a state&apos;s existing Medicaid funding over the expansion was unconstitutionally coercive.</source>
        <extracomment>sources.json $.sources[42].supports</extracomment>
        <translation>Amenazar con quitarle a un estado todos sus fondos actuales de Medicaid si no aceptaba la expansión era una coerción inconstitucional.</translation>
    </message>
    <message>
        <source>Payton v. New York (1980)</source>
        <extracomment>sources.json $.sources[43].title</extracomment>
        <translation>Payton v. New York (1980)</translation>
    </message>
    <message>
        <source>Heckler v. Ringer (1984)</source>
        <extracomment>sources.json $.sources[44].title</extracomment>
        <translation>Heckler v. Ringer (1984)</translation>
    </message>
    <message>
        <source>Mandamus under §1361 is available only when other avenues of relief are exhausted and the defendant owes a clear, nondiscretionary duty.</source>
        <extracomment>sources.json $.sources[44].supports</extracomment>
        <translation>El mandamus bajo el §1361 solo procede cuando se han agotado otras vías para obtener un remedio y el demandado tiene un deber ministerial claro (no discrecional).</translation>
    </message>
    <message>
        <source>Kerr v. U.S. District Court (1976)</source>
        <extracomment>sources.json $.sources[45].title</extracomment>
        <translation>Kerr v. U.S. District Court (1976)</translation>
    </message>
    <message>
        <source>Mandamus is reserved for extraordinary situations, and the petitioner must have no other adequate means to obtain relief.</source>
        <extracomment>sources.json $.sources[45].supports</extracomment>
        <translation>El mandamus se reserva para situaciones extraordinarias. Quien lo pide no debe tener ningún otro medio adecuado para obtener un remedio.</translation>
    </message>
    <message>
        <source>Cheney v. U.S. District Court (2004)</source>
        <extracomment>sources.json $.sources[46].title</extracomment>
        <translation>Cheney v. U.S. District Court (2004)</translation>
    </message>
    <message>
        <source>Mandamus is a drastic and extraordinary remedy with three conditions: no other adequate means, a clear and indisputable right, and the court&apos;s judgment that the writ is appropriate.</source>
        <extracomment>sources.json $.sources[46].supports</extracomment>
        <translation>El mandamus es un remedio drástico y extraordinario con tres condiciones: que no haya otro medio adecuado, que exista un derecho claro e indiscutible, y que el tribunal juzgue que el recurso es apropiado.</translation>
    </message>
    <message>
        <source>Norton v. SUWA (2004)</source>
        <extracomment>sources.json $.sources[47].title</extracomment>
        <translation>Norton v. SUWA (2004)</translation>
    </message>
    <message>
        <source>A §706(1) claim can proceed only where an agency failed to take a discrete action it is legally required to take; broad programmatic challenges do not qualify.</source>
        <extracomment>sources.json $.sources[47].supports</extracomment>
        <translation>Un reclamo bajo el §706(1) solo puede seguir adelante si una agencia no tomó una acción concreta que la ley le exige tomar. Los reclamos amplios contra todo un programa no cumplen este requisito.</translation>
    </message>
    <message>
        <source>Garland v. Aleman Gonzalez (2022)</source>
        <extracomment>sources.json $.sources[48].title</extracomment>
        <translation>Garland v. Aleman Gonzalez (2022)</translation>
    </message>
    <message>
        <source>8 U.S.C. §1252(f)(1) bars lower courts from issuing class-wide injunctions that restrain the operation of certain removal provisions; individual relief remains possible.</source>
        <extracomment>sources.json $.sources[48].supports</extracomment>
        <translation>8 U.S.C. §1252(f)(1) impide que los tribunales inferiores emitan órdenes judiciales para toda una clase de personas que frenen la aplicación de ciertas reglas de deportación. Sigue siendo posible un remedio en casos individuales.</translation>
    </message>
    <message>
        <source>Reno v. AADC (1999)</source>
        <extracomment>sources.json $.sources[49].title</extracomment>
        <translation>Reno v. AADC (1999)</translation>
    </message>
    <message>
        <source>8 U.S.C. §1252(g) bars review of claims arising from the decision or action to commence proceedings, adjudicate cases or execute removal orders, and only those three actions.</source>
        <extracomment>sources.json $.sources[49].supports</extracomment>
        <translation>8 U.S.C. §1252(g) impide revisar reclamos que surgen de la decisión o acción de iniciar un proceso, decidir un caso o ejecutar una orden de deportación, y solo de esas tres acciones.</translation>
    </message>
    <message>
        <source>Trump v. CASA (2025)</source>
        <extracomment>sources.json $.sources[50].title</extracomment>
        <translation>Trump v. CASA (2025)</translation>
    </message>
    <message>
        <source>Universal injunctions likely exceed the equitable authority Congress gave federal courts; relief is limited to what plaintiffs need for complete relief.</source>
        <extracomment>sources.json $.sources[50].supports</extracomment>
        <translation>Las órdenes judiciales universales (universal injunctions), que protegen también a quienes no son parte del caso, probablemente van más allá del poder de equidad que el Congreso dio a los tribunales federales. El remedio se limita a lo que los demandantes necesitan para una reparación completa.</translation>
    </message>
    <message>
        <source>Trump v. J.G.G. (2025)</source>
        <extracomment>sources.json $.sources[51].title</extracomment>
        <translation>Trump v. J.G.G. (2025)</translation>
    </message>
    <message>
        <source>Heckler v. Chaney (1985)</source>
        <extracomment>sources.json $.sources[52].title</extracomment>
        <translation>Heckler v. Chaney (1985)</translation>
    </message>
    <message>
        <source>Agency decisions not to take enforcement action are presumed unreviewable under the APA.</source>
        <extracomment>sources.json $.sources[52].supports</extracomment>
        <translation>Se presume que las decisiones de una agencia de no actuar para hacer cumplir la ley no se pueden revisar bajo la APA.</translation>
    </message>
    <message>
        <source>United States v. Texas (2023)</source>
        <extracomment>sources.json $.sources[53].title</extracomment>
        <translation>United States v. Texas (2023)</translation>
    </message>
    <message>
        <source>Texas and Louisiana lacked standing to challenge federal immigration enforcement priorities; courts have no tradition of ordering the executive to make more arrests.</source>
        <extracomment>sources.json $.sources[53].supports</extracomment>
        <translation>Texas y Luisiana no tenían legitimación (standing) para impugnar las prioridades federales de control migratorio. Los tribunales no tienen la tradición de ordenar al poder ejecutivo que haga más arrestos.</translation>
    </message>
    <message>
        <source>Zadvydas v. Davis (2001)</source>
        <extracomment>sources.json $.sources[54].title</extracomment>
        <translation>Zadvydas v. Davis (2001)</translation>
    </message>
    <message>
        <source>Baker v. Carr (1962)</source>
        <extracomment>sources.json $.sources[55].title</extracomment>
        <translation>Baker v. Carr (1962)</translation>
    </message>
    <message>
        <source>Sets out the factors of the political question doctrine, led by a textual commitment of an issue to another branch and a lack of manageable standards.</source>
        <extracomment>sources.json $.sources[55].supports</extracomment>
        <translation>Establece los factores de la doctrina de la cuestión política. Los principales son que el texto de la Constitución asigne el asunto a otro poder del gobierno y que falten criterios manejables para decidirlo.</translation>
    </message>
    <message>
        <source>Zivotofsky v. Clinton (2012)</source>
        <extracomment>sources.json $.sources[56].title</extracomment>
        <translation>Zivotofsky v. Clinton (2012)</translation>
    </message>
    <message>
        <source>The political question doctrine is a narrow exception; deciding whether a statute is constitutional or how it applies is a familiar judicial task.</source>
        <extracomment>sources.json $.sources[56].supports</extracomment>
        <translation>La doctrina de la cuestión política es una excepción limitada. Decidir si una ley es constitucional o cómo se aplica es una tarea normal de los tribunales.</translation>
    </message>
    <message>
        <source>Trump v. Hawaii (2018)</source>
        <extracomment>sources.json $.sources[57].title</extracomment>
        <translation>Trump v. Hawaii (2018)</translation>
    </message>
    <message>
        <source>An example of the Supreme Court deciding an immigration case on the merits, with deferential review, rather than dismissing it as a political question.</source>
        <extracomment>sources.json $.sources[57].supports</extracomment>
        <translation>Es un ejemplo de un caso de inmigración que la Corte Suprema decidió sobre el fondo, con una revisión deferente, en lugar de desecharlo como una cuestión política.</translation>
    </message>
    <message>
        <source>Egbert v. Boule (2022)</source>
        <extracomment>sources.json $.sources[58].title</extracomment>
        <translation>Egbert v. Boule (2022)</translation>
    </message>
    <message>
        <source>No Bivens damages claim against a Border Patrol agent for Fourth Amendment excessive force or First Amendment retaliation; extending Bivens is disfavored.</source>
        <extracomment>sources.json $.sources[58].supports</extracomment>
        <translation>No existe un reclamo de daños tipo Bivens contra un agente de la Patrulla Fronteriza por uso excesivo de la fuerza bajo la Cuarta Enmienda ni por represalia bajo la Primera Enmienda. No se favorece ampliar Bivens.</translation>
    </message>
    <message>
        <source>Byrne JAG petitions dismissed (2021)</source>
        <extracomment>sources.json $.sources[59].title</extracomment>
        <translation>Se desestiman las peticiones sobre Byrne JAG (2021)</translation>
    </message>
    <message>
        <source>After the 2017 order was revoked, the Supreme Court dismissed the pending grant-condition petitions, so the circuit split was never resolved.</source>
        <extracomment>sources.json $.sources[59].supports</extracomment>
        <translation>Después de que se revocó la orden de 2017, la Corte Suprema desestimó las peticiones pendientes sobre las condiciones de las subvenciones. Por eso, el desacuerdo entre los tribunales de circuito nunca se resolvió.</translation>
    </message>
    <message>
        <source>Galarza v. Szalczyk (2014)</source>
        <extracomment>sources.json $.sources[60].title</extracomment>
        <translation>Galarza v. Szalczyk (2014)</translation>
    </message>
    <message>
        <source>Detainers under 8 C.F.R. §287.7 are requests, not commands; a county that chose to hold a U.S. citizen on one after he posted bail could be liable.</source>
        <extracomment>sources.json $.sources[60].supports</extracomment>
        <translation>Las órdenes de retención migratoria bajo 8 C.F.R. §287.7 son solicitudes, no mandatos. Un condado que decidió retener por una de ellas a un ciudadano estadounidense, después de que él pagó la fianza, podía ser responsable legalmente.</translation>
    </message>
    <message>
        <source>Miranda-Olivares v. Clackamas County (2014)</source>
        <extracomment>sources.json $.sources[61].title</extracomment>
        <translation>Miranda-Olivares v. Clackamas County (2014)</translation>
    </message>
    <message>
        <source>Holding a person past release on a detainer is a new seizure that needs probable cause; a detainer saying only that an investigation had begun was not enough.</source>
        <extracomment>sources.json $.sources[61].supports</extracomment>
        <translation>Retener a una persona más allá de su liberación por una orden de retención migratoria es una nueva detención que necesita causa probable. Una orden de retención que solo decía que se había iniciado una investigación no era suficiente.</translation>
    </message>
    <message>
        <source>Lunn v. Commonwealth (2017)</source>
        <extracomment>sources.json $.sources[62].title</extracomment>
        <translation>Lunn v. Commonwealth (2017)</translation>
    </message>
    <message>
        <source>Holding someone on a civil immigration detainer is an arrest under Massachusetts law, and state law gives court officers no authority to hold a person solely on a federal civil detainer.</source>
        <extracomment>sources.json $.sources[62].supports</extracomment>
        <translation>Retener a alguien por una orden de retención migratoria civil es un arresto según la ley de Massachusetts. La ley estatal no da a los oficiales de los tribunales autoridad para retener a una persona solo por una orden de retención federal civil.</translation>
    </message>
    <message>
        <source>Gonzalez v. ICE (district court, 2019)</source>
        <extracomment>sources.json $.sources[63].title</extracomment>
        <translation>Gonzalez v. ICE (tribunal de distrito, 2019)</translation>
    </message>
    <message>
        <source>After trial, found ICE violated the Fourth Amendment by issuing detainers based only on database checks and by sending detainers to states with no law authorizing civil immigration arrests.</source>
        <extracomment>sources.json $.sources[63].supports</extracomment>
        <translation>Después del juicio, decidió que ICE violó la Cuarta Enmienda al emitir órdenes de retención basadas solo en búsquedas en bases de datos. También la violó al enviar órdenes de retención a estados que no tienen una ley que autorice arrestos migratorios civiles.</translation>
    </message>
    <message>
        <source>Gonzalez v. ICE (9th Cir. 2020)</source>
        <extracomment>sources.json $.sources[64].title</extracomment>
        <translation>Gonzalez v. ICE (9.º Circuito, 2020)</translation>
    </message>
    <message>
        <source>Iddir v. INS (2002)</source>
        <extracomment>sources.json $.sources[65].title</extracomment>
        <translation>Iddir v. INS (2002)</translation>
    </message>
    <message>
        <source>Lists the elements of mandamus against an agency official: a clear right to relief, a clear nondiscretionary duty, and no other adequate remedy.</source>
        <extracomment>sources.json $.sources[65].supports</extracomment>
        <translation>Indica los elementos del mandamus contra un funcionario de una agencia: un derecho claro al remedio, un deber ministerial claro (no discrecional) y ningún otro remedio adecuado.</translation>
    </message>
    <message>
        <source>TRAC v. FCC (1984)</source>
        <extracomment>sources.json $.sources[66].title</extracomment>
        <translation>TRAC v. FCC (1984)</translation>
    </message>
    <message>
        <source>Sets out the factors courts weigh to decide whether agency delay is unreasonable.</source>
        <extracomment>sources.json $.sources[66].supports</extracomment>
        <translation>Establece los factores que los tribunales evalúan para decidir si la demora de una agencia es irrazonable.</translation>
    </message>
    <message>
        <source>Melendres v. Arpaio (2013)</source>
        <extracomment>sources.json $.sources[67].title</extracomment>
        <translation>Melendres v. Arpaio (2013)</translation>
    </message>
    <message>
        <source>The Maricopa County Sheriff&apos;s Office violated the Fourth and Fourteenth Amendments and was barred from using race or Latino ancestry as a factor in stops.</source>
        <extracomment>sources.json $.sources[67].supports</extracomment>
        <translation>La Oficina del Alguacil (Sheriff) del Condado de Maricopa violó la Cuarta Enmienda y la Decimocuarta Enmienda. Se le prohibió usar la raza o el origen latino como factor para decidir a quién parar.</translation>
    </message>
    <message>
        <source>City of El Cenizo v. Texas (2018)</source>
        <extracomment>sources.json $.sources[68].title</extracomment>
        <translation>City of El Cenizo v. Texas (2018)</translation>
    </message>
    <message>
        <source>Upheld most of Texas SB 4 (2017), including the detainer mandate against a facial Fourth Amendment challenge; rejected the commandeering claim because the state was directing its own subdivisions; struck the ban on officials endorsing sanctuary policies.</source>
        <extracomment>sources.json $.sources[68].supports</extracomment>
        <translation>Confirmó la mayor parte de la ley SB 4 de Texas (2017), incluida la obligación de cumplir las órdenes de retención migratoria, frente a una impugnación de la ley en sí (facial) bajo la Cuarta Enmienda. Rechazó el reclamo de requisición (commandeering) porque el estado daba órdenes a sus propias subdivisiones. Anuló la prohibición de que los funcionarios apoyaran políticas &quot;santuario&quot;.</translation>
    </message>
    <message>
        <source>United States v. California (2019)</source>
        <extracomment>sources.json $.sources[69].title</extracomment>
        <translation>United States v. California (2019)</translation>
    </message>
    <message>
        <source>Held California SB 54 not preempted; read §1373 as covering status information; treating a refusal to help as unlawful obstruction would raise anti-commandeering problems.</source>
        <extracomment>sources.json $.sources[69].supports</extracomment>
        <translation>Decidió que la ley federal no desplaza la ley SB 54 de California. Interpretó que el §1373 cubre la información sobre el estatus migratorio. Dijo que tratar como obstrucción ilegal la negativa a ayudar causaría problemas con la doctrina contra la requisición (anti-commandeering).</translation>
    </message>
    <message>
        <source>City of Philadelphia v. Sessions (2018)</source>
        <extracomment>sources.json $.sources[70].title</extracomment>
        <translation>City of Philadelphia v. Sessions (2018)</translation>
    </message>
    <message>
        <source>A district court held 8 U.S.C. §1373 unconstitutional under the anti-commandeering doctrine after Murphy.</source>
        <extracomment>sources.json $.sources[70].supports</extracomment>
        <translation>Un tribunal de distrito declaró inconstitucional 8 U.S.C. §1373 bajo la doctrina contra la requisición (anti-commandeering), después del caso Murphy.</translation>
    </message>
    <message>
        <source>City of Chicago v. Sessions (district court, 2018)</source>
        <extracomment>sources.json $.sources[71].title</extracomment>
        <translation>City of Chicago v. Sessions (tribunal de distrito, 2018)</translation>
    </message>
    <message>
        <source>A district court held that 8 U.S.C. §1373 is unconstitutional under the anti-commandeering doctrine.</source>
        <extracomment>sources.json $.sources[71].supports</extracomment>
        <translation>Un tribunal de distrito decidió que 8 U.S.C. §1373 es inconstitucional bajo la doctrina contra la requisición (anti-commandeering).</translation>
    </message>
    <message>
        <source>City of Philadelphia v. Attorney General (2019)</source>
        <extracomment>sources.json $.sources[72].title</extracomment>
        <translation>City of Philadelphia v. Attorney General (2019)</translation>
    </message>
    <message>
        <source>DOJ&apos;s 2017 Byrne JAG notice, access and §1373-certification conditions were not authorized by Congress; the executive has no power to act unless Congress confers it.</source>
        <extracomment>sources.json $.sources[72].supports</extracomment>
        <translation>Las condiciones que el DOJ puso en 2017 a los fondos Byrne JAG (aviso, acceso y certificación del §1373) no estaban autorizadas por el Congreso. El poder ejecutivo no puede actuar si el Congreso no le da ese poder.</translation>
    </message>
    <message>
        <source>City of Chicago v. Sessions (7th Cir. 2018)</source>
        <extracomment>sources.json $.sources[73].title</extracomment>
        <translation>City of Chicago v. Sessions (7.º Circuito, 2018)</translation>
    </message>
    <message>
        <source>Held the Byrne JAG notice and access conditions unlawful because Congress did not authorize them.</source>
        <extracomment>sources.json $.sources[73].supports</extracomment>
        <translation>Decidió que las condiciones de aviso y de acceso de Byrne JAG eran ilegales porque el Congreso no las autorizó.</translation>
    </message>
    <message>
        <source>City of Chicago v. Barr (2020)</source>
        <extracomment>sources.json $.sources[74].title</extracomment>
        <translation>City of Chicago v. Barr (2020)</translation>
    </message>
    <message>
        <source>Again held the Byrne JAG notice and access conditions unlawful, and narrowed the scope of the injunction.</source>
        <extracomment>sources.json $.sources[74].supports</extracomment>
        <translation>Volvió a decidir que las condiciones de aviso y de acceso de Byrne JAG eran ilegales, y redujo el alcance de la orden judicial (injunction).</translation>
    </message>
    <message>
        <source>City of Los Angeles v. Barr (2019)</source>
        <extracomment>sources.json $.sources[75].title</extracomment>
        <translation>City of Los Angeles v. Barr (2019)</translation>
    </message>
    <message>
        <source>Upheld DOJ giving extra points in the competitive COPS grant to applicants that focused on illegal immigration or certified cooperation; no Spending Clause or APA violation.</source>
        <extracomment>sources.json $.sources[75].supports</extracomment>
        <translation>Confirmó que el DOJ podía dar puntos extra en la subvención competitiva COPS a los solicitantes que se enfocaran en la inmigración ilegal o que certificaran su cooperación. No hubo violación de la Cláusula de Gasto ni de la APA.</translation>
    </message>
    <message>
        <source>San Francisco v. Barr (2020)</source>
        <extracomment>sources.json $.sources[76].title</extracomment>
        <translation>San Francisco v. Barr (2020)</translation>
    </message>
    <message>
        <source>Held the Byrne JAG conditions unlawful and limited the injunction to California.</source>
        <extracomment>sources.json $.sources[76].supports</extracomment>
        <translation>Decidió que las condiciones de Byrne JAG eran ilegales y limitó a California la orden judicial (injunction).</translation>
    </message>
    <message>
        <source>New York v. DOJ (2020)</source>
        <extracomment>sources.json $.sources[77].title</extracomment>
        <translation>New York v. DOJ (2020)</translation>
    </message>
    <message>
        <source>Upheld all three Byrne JAG conditions, including a §1373 certification, creating a split with the 1st, 3d, 7th and 9th Circuits.</source>
        <extracomment>sources.json $.sources[77].supports</extracomment>
        <translation>Confirmó las tres condiciones de Byrne JAG, incluida una certificación del §1373. Así creó un desacuerdo con los Circuitos 1.º, 3.º, 7.º y 9.º.</translation>
    </message>
    <message>
        <source>San Francisco v. Trump (2018)</source>
        <extracomment>sources.json $.sources[78].title</extracomment>
        <translation>San Francisco v. Trump (2018)</translation>
    </message>
    <message>
        <source>Held §9(a) of Executive Order 13768 unconstitutional because only Congress holds the power of the purse; vacated the nationwide scope of the injunction.</source>
        <extracomment>sources.json $.sources[78].supports</extracomment>
        <translation>Decidió que el §9(a) de la Orden Ejecutiva 13768 es inconstitucional porque solo el Congreso tiene el poder de decidir el gasto público. Anuló el alcance nacional de la orden judicial (injunction).</translation>
    </message>
    <message>
        <source>San Francisco v. Trump (2025)</source>
        <extracomment>sources.json $.sources[79].title</extracomment>
        <translation>San Francisco v. Trump (2025)</translation>
    </message>
    <message>
        <source>Preliminary injunction of Apr. 24, 2025 barring the government from withholding, freezing or conditioning funds under parts of EO 14159, EO 14218 and the Attorney General&apos;s Feb. 5, 2025 directive; clarified in May 2025 as to EO 14287; expanded Aug. 22, 2025; Ninth Circuit argument Dec. 5, 2025; motion to dismiss denied about Jan. 20, 2026.</source>
        <extracomment>sources.json $.sources[79].supports</extracomment>
        <translation>Orden judicial preliminar (medida cautelar) del 24 de abril de 2025. Prohíbe al gobierno retener, congelar o poner condiciones a fondos bajo partes de la EO 14159, la EO 14218 y la directiva del fiscal general del 5 de febrero de 2025. Se aclaró en mayo de 2025 en cuanto a la EO 14287. Se amplió el 22 de agosto de 2025. Hubo argumentos orales en el Noveno Circuito el 5 de diciembre de 2025. El tribunal negó la moción para desestimar alrededor del 20 de enero de 2026.</translation>
    </message>
    <message>
        <source>United States v. Illinois (2025)</source>
        <extracomment>sources.json $.sources[80].title</extracomment>
        <translation>United States v. Illinois (2025)</translation>
    </message>
    <message>
        <source>United States v. New York (2025)</source>
        <extracomment>sources.json $.sources[81].title</extracomment>
        <translation>United States v. New York (2025)</translation>
    </message>
    <message>
        <source>Dismissed the federal suit against New York&apos;s Protect Our Courts Act: no federal law requires states to help with civil immigration enforcement, and the Tenth Amendment forbids conscripting them.</source>
        <extracomment>sources.json $.sources[81].supports</extracomment>
        <translation>Desestimó la demanda federal contra la ley Protect Our Courts Act de Nueva York. Ninguna ley federal obliga a los estados a ayudar con el control migratorio civil, y la Décima Enmienda prohíbe forzarlos a colaborar.</translation>
    </message>
    <message>
        <source>Reports on United States v. City of Los Angeles (2026)</source>
        <extracomment>sources.json $.sources[82].title</extracomment>
        <translation>Informes sobre United States v. City of Los Angeles (2026)</translation>
    </message>
    <message>
        <source>Reports that the court dismissed the federal suit against Los Angeles&apos;s ordinance because it governs the city&apos;s own employees, with leave to amend by July 3, 2026; one source dates the ruling June 20, 2026.</source>
        <extracomment>sources.json $.sources[82].supports</extracomment>
        <translation>Informan que el tribunal desestimó la demanda federal contra la ordenanza de Los Ángeles porque esa ordenanza regula a los propios empleados de la ciudad. El tribunal permitió modificar la demanda hasta el 3 de julio de 2026. Una fuente da como fecha del fallo el 20 de junio de 2026.</translation>
    </message>
    <message>
        <source>Texas SB 4 (2017)</source>
        <extracomment>sources.json $.sources[84].title</extracomment>
        <translation>Ley SB 4 de Texas (2017)</translation>
    </message>
    <message>
        <source>Bans local sanctuary policies, requires compliance with ICE detainers and allows status inquiries, with fines and removal from office as penalties.</source>
        <extracomment>sources.json $.sources[84].supports</extracomment>
        <translation>Prohíbe las políticas &quot;santuario&quot; locales, exige cumplir las órdenes de retención migratoria de ICE y permite preguntar por el estatus migratorio. Las sanciones incluyen multas y la destitución del cargo.</translation>
    </message>
    <message>
        <source>Texas SB 8 (2025)</source>
        <extracomment>sources.json $.sources[85].title</extracomment>
        <translation>Ley SB 8 de Texas (2025)</translation>
    </message>
    <message>
        <source>Requires each sheriff who runs or contracts for a county jail to request and sign a 287(g) or similar agreement; effective Jan. 1, 2026; the Attorney General may sue non-complying sheriffs from Dec. 1, 2026.</source>
        <extracomment>sources.json $.sources[85].supports</extracomment>
        <translation>Exige que cada alguacil (sheriff) que opera una cárcel del condado, o que la contrata, pida y firme un acuerdo 287(g) o uno parecido. Entra en vigor el 1 de enero de 2026. Desde el 1 de diciembre de 2026, el fiscal general del estado puede demandar a los alguaciles que no cumplan.</translation>
    </message>
    <message>
        <source>Texas SB 4 (2023)</source>
        <extracomment>sources.json $.sources[86].title</extracomment>
        <translation>Ley SB 4 de Texas (2023)</translation>
    </message>
    <message>
        <source>Florida ch. 908 (2019)</source>
        <extracomment>sources.json $.sources[87].title</extracomment>
        <translation>Florida, capítulo 908 (2019)</translation>
    </message>
    <message>
        <source>Bans sanctuary policies, requires best efforts to support federal immigration enforcement, and requires agencies to honor detainers.</source>
        <extracomment>sources.json $.sources[87].supports</extracomment>
        <translation>Prohíbe las políticas &quot;santuario&quot;, exige hacer el mayor esfuerzo posible para apoyar el control migratorio federal y exige que las agencias cumplan las órdenes de retención migratoria.</translation>
    </message>
    <message>
        <source>Florida §908.11</source>
        <extracomment>sources.json $.sources[88].title</extracomment>
        <translation>Florida §908.11</translation>
    </message>
    <message>
        <source>Requires each agency that runs a county jail to have a 287(g) agreement.</source>
        <extracomment>sources.json $.sources[88].supports</extracomment>
        <translation>Exige que cada agencia que opera una cárcel del condado tenga un acuerdo 287(g).</translation>
    </message>
    <message>
        <source>Florida SB 2-C (2025)</source>
        <extracomment>sources.json $.sources[89].title</extracomment>
        <translation>Ley SB 2-C de Florida (2025)</translation>
    </message>
    <message>
        <source>Created a State Board of Immigration Enforcement and amended §908.11 so sheriffs must hold a 287(g) agreement and may end one only with the Board&apos;s approval.</source>
        <extracomment>sources.json $.sources[89].supports</extracomment>
        <translation>Creó una Junta Estatal de Control Migratorio (State Board of Immigration Enforcement). Cambió el §908.11 para que los alguaciles deban tener un acuerdo 287(g) y solo puedan terminarlo con la aprobación de la Junta.</translation>
    </message>
    <message>
        <source>Florida SB 4-C (2025)</source>
        <extracomment>sources.json $.sources[90].title</extracomment>
        <translation>Ley SB 4-C de Florida (2025)</translation>
    </message>
    <message>
        <source>Georgia HB 1105 (2024)</source>
        <extracomment>sources.json $.sources[91].title</extracomment>
        <translation>Ley HB 1105 de Georgia (2024)</translation>
    </message>
    <message>
        <source>Requires sheriffs to apply for 287(g) agreements, with penalties for failing to apply; in 2024, 142 sheriffs applied and none were approved that year (WABE/NPR, Feb. 6, 2025).</source>
        <extracomment>sources.json $.sources[91].supports</extracomment>
        <translation>Exige que los alguaciles (sheriffs) soliciten acuerdos 287(g), con sanciones si no lo hacen. En 2024, 142 alguaciles lo solicitaron y ninguno fue aprobado ese año (WABE/NPR, 6 de febrero de 2025).</translation>
    </message>
    <message>
        <source>California SB 54 (2017)</source>
        <extracomment>sources.json $.sources[92].title</extracomment>
        <translation>Ley SB 54 de California (2017)</translation>
    </message>
    <message>
        <source>Limits state and local cooperation with federal immigration enforcement.</source>
        <extracomment>sources.json $.sources[92].supports</extracomment>
        <translation>Limita la cooperación estatal y local con el control migratorio federal.</translation>
    </message>
    <message>
        <source>Illinois TRUST Act (2017)</source>
        <extracomment>sources.json $.sources[93].title</extracomment>
        <translation>Ley TRUST Act de Illinois (2017)</translation>
    </message>
    <message>
        <source>Limits Illinois state and local cooperation with federal civil immigration enforcement.</source>
        <extracomment>sources.json $.sources[93].supports</extracomment>
        <translation>Limita la cooperación de las autoridades estatales y locales de Illinois con el control migratorio civil federal.</translation>
    </message>
    <message>
        <source>New York Protect Our Courts Act (2020)</source>
        <extracomment>sources.json $.sources[94].title</extracomment>
        <translation>Ley Protect Our Courts Act de Nueva York (2020)</translation>
    </message>
    <message>
        <source>Bars civil immigration arrests of people going to, attending or leaving New York state courts unless agents have a judge-signed warrant.</source>
        <extracomment>sources.json $.sources[94].supports</extracomment>
        <translation>Prohíbe los arrestos migratorios civiles de personas que van a los tribunales estatales de Nueva York, que están en ellos o que salen de ellos. La excepción es cuando los agentes tienen una orden judicial firmada por un juez.</translation>
    </message>
    <message>
        <source>Maryland 287(g) ban (2026)</source>
        <extracomment>sources.json $.sources[95].title</extracomment>
        <translation>Prohibición del 287(g) en Maryland (2026)</translation>
    </message>
    <message>
        <source>Maryland&apos;s General Assembly passed a ban on 287(g) agreements on Feb. 3, 2026; emergency bills signed in mid-February took effect at once and nine agencies had to end their agreements. AP reported that ten states now bar such agreements.</source>
        <extracomment>sources.json $.sources[95].supports</extracomment>
        <translation>La Asamblea General de Maryland aprobó una prohibición de los acuerdos 287(g) el 3 de febrero de 2026. Unas leyes de emergencia firmadas a mediados de febrero entraron en vigor de inmediato, y nueve agencias tuvieron que terminar sus acuerdos. AP informó que ahora diez estados prohíben estos acuerdos.</translation>
    </message>
    <message>
        <source>Theodore, Insecure Communities (2013)</source>
        <extracomment>sources.json $.sources[96].title</extracomment>
        <translation>Theodore, Insecure Communities (2013)</translation>
    </message>
    <message>
        <source>Survey of 2,004 Latinos in four counties: 44% less likely to contact police if victims of crime for fear of immigration questions; 70% of undocumented and 28% of U.S.-born respondents.</source>
        <extracomment>sources.json $.sources[96].supports</extracomment>
        <translation>Encuesta a 2,004 latinos en cuatro condados: el 44% tenía menos probabilidad de llamar a la policía si era víctima de un delito, por miedo a preguntas sobre inmigración. Así respondió el 70% de las personas indocumentadas y el 28% de las nacidas en EE. UU.</translation>
    </message>
    <message>
        <source>Houston police figures (2017)</source>
        <extracomment>sources.json $.sources[97].title</extracomment>
        <translation>Cifras de la policía de Houston (2017)</translation>
    </message>
    <message>
        <source>Comparing January–March 2017 with 2016: rape reports by Hispanics down 42.8% and other violent-crime reports by Hispanics down 13%, while non-Hispanic rape reports rose 8.2%.</source>
        <extracomment>sources.json $.sources[97].supports</extracomment>
        <translation>Comparando enero a marzo de 2017 con 2016: las denuncias de violación hechas por hispanos bajaron un 42.8% y las de otros delitos violentos hechas por hispanos bajaron un 13%. En cambio, las denuncias de violación de personas no hispanas subieron un 8.2%.</translation>
    </message>
    <message>
        <source>LAPD figures (2017)</source>
        <extracomment>sources.json $.sources[98].title</extracomment>
        <translation>Cifras de la policía de Los Ángeles (LAPD) (2017)</translation>
    </message>
    <message>
        <source>Reports that Latino reports of sexual assault fell 25% and of domestic violence 10% in early 2017.</source>
        <extracomment>sources.json $.sources[98].supports</extracomment>
        <translation>Informa que, a principios de 2017, las denuncias de agresión sexual hechas por latinos bajaron un 25% y las de violencia doméstica un 10%.</translation>
    </message>
    <message>
        <source>Jácome, Dallas study (2022)</source>
        <extracomment>sources.json $.sources[99].title</extracomment>
        <translation>Jácome, estudio de Dallas (2022)</translation>
    </message>
    <message>
        <source>After the Priority Enforcement Program narrowed enforcement in 2015, violent and property crimes reported by Hispanics in Dallas rose 4%.</source>
        <extracomment>sources.json $.sources[99].supports</extracomment>
        <translation>Después de que el Priority Enforcement Program (Programa de Prioridades de Control) limitó el control migratorio en 2015, los delitos violentos y contra la propiedad denunciados por hispanos en Dallas subieron un 4%.</translation>
    </message>
    <message>
        <source>Census working paper 26-23 (2026)</source>
        <extracomment>sources.json $.sources[100].title</extracomment>
        <translation>Documento de trabajo del Censo 26-23 (2026)</translation>
    </message>
    <message>
        <source>Reports that Secure Communities made Hispanic victims less likely to report crimes and increased offending against Hispanics.</source>
        <extracomment>sources.json $.sources[100].supports</extracomment>
        <translation>Informa que Comunidades Seguras redujo la probabilidad de que las víctimas hispanas denunciaran delitos y aumentó los delitos contra personas hispanas.</translation>
    </message>
    <message>
        <source>Miles &amp; Cox (2014)</source>
        <extracomment>sources.json $.sources[101].title</extracomment>
        <translation>Miles &amp; Cox (2014)</translation>
    </message>
    <message>
        <source>Using Secure Communities&apos; staggered rollout across more than 3,000 counties, found no meaningful reduction in FBI index crime or violent crime; the program led to more than 250,000 detentions.</source>
        <extracomment>sources.json $.sources[101].supports</extracomment>
        <translation>Aprovechó que Comunidades Seguras empezó en fechas distintas en más de 3,000 condados. No encontró una reducción importante de los delitos del índice del FBI ni de los delitos violentos. El programa llevó a más de 250,000 detenciones.</translation>
    </message>
    <message>
        <source>Treyger, Chalfin &amp; Loeffler (2014)</source>
        <extracomment>sources.json $.sources[102].title</extracomment>
        <translation>Treyger, Chalfin &amp; Loeffler (2014)</translation>
    </message>
    <message>
        <source>Found little evidence either of crime reduction or of the feared rise in discriminatory arrests; local police involvement brought no measurable public-safety benefit.</source>
        <extracomment>sources.json $.sources[102].supports</extracomment>
        <translation>Encontró poca evidencia tanto de una reducción de los delitos como del temido aumento de arrestos discriminatorios. La participación de la policía local no trajo un beneficio medible para la seguridad pública.</translation>
    </message>
    <message>
        <source>MPI, Delegation and Divergence (2011)</source>
        <extracomment>sources.json $.sources[103].title</extracomment>
        <translation>MPI, Delegation and Divergence (2011)</translation>
    </message>
    <message>
        <source>About half of 287(g) detainers in FY2010 involved misdemeanors or traffic offenses; sites differed between targeted and universal approaches; jail models produced about 90% of detainers.</source>
        <extracomment>sources.json $.sources[103].supports</extracomment>
        <translation>Cerca de la mitad de las órdenes de retención del 287(g) en el año fiscal 2010 fueron por delitos menores o infracciones de tránsito. Los lugares variaban entre un enfoque selectivo y uno universal. Los modelos de cárcel produjeron cerca del 90% de las órdenes de retención.</translation>
    </message>
    <message>
        <source>Reports on 287(g) costs</source>
        <extracomment>sources.json $.sources[104].title</extracomment>
        <translation>Informes sobre los costos del 287(g)</translation>
    </message>
    <message>
        <source>Secondary reports of local 287(g) costs, such as about $1.3 million a year in Prince William County, Virginia, and overtime costs elsewhere.</source>
        <extracomment>sources.json $.sources[104].supports</extracomment>
        <translation>Informes secundarios sobre costos locales del 287(g), como cerca de $1.3 millones al año en el Condado de Prince William, Virginia, y costos de horas extra en otros lugares.</translation>
    </message>
    <message>
        <source>DOJ findings on Maricopa County (2011)</source>
        <extracomment>sources.json $.sources[105].title</extracomment>
        <translation>Conclusiones del DOJ sobre el Condado de Maricopa (2011)</translation>
    </message>
    <message>
        <source>DOJ found a pattern of discriminatory policing (Latinos four to nine times more likely to be stopped); DHS ended the office&apos;s 287(g) jail agreement and limited its Secure Communities access.</source>
        <extracomment>sources.json $.sources[105].supports</extracomment>
        <translation>El DOJ encontró un patrón de vigilancia policial discriminatoria (para los latinos, la probabilidad de que los pararan era de cuatro a nueve veces mayor). El DHS terminó el acuerdo 287(g) de la cárcel de esa oficina y limitó su acceso a Comunidades Seguras.</translation>
    </message>
    <message>
        <source>Know-your-rights card wording: do not open the door if an immigration agent is knocking; you have the right to remain silent; do not sign anything without talking to a lawyer; &quot;I choose to exercise my constitutional rights&quot;; a warrant to enter is one signed by a judge.</source>
        <extracomment>sources.json $.sources[31].supports</extracomment>
        <translation>Texto de la tarjeta de &quot;conozca sus derechos&quot;: no abra la puerta si un agente de inmigración está tocando; tiene derecho a guardar silencio; no firme nada sin antes hablar con un abogado; &quot;Elijo ejercer mis derechos constitucionales&quot;; una orden para entrar es la que firma un juez.</translation>
    </message>
    <message>
        <source>The Fourth Amendment generally bars police from entering a home to make a routine arrest without a judge-signed warrant (an arrest warrant) and without consent.</source>
        <extracomment>sources.json $.sources[43].supports</extracomment>
        <translation>La Cuarta Enmienda, por lo general, prohíbe que la policía entre a una vivienda para hacer un arresto de rutina sin una orden firmada por un juez (una orden de arresto) y sin consentimiento.</translation>
    </message>
    <message>
        <source>A case about removals under the Alien Enemies Act: challenges that necessarily imply a detention is invalid belong in habeas corpus in the district of confinement, and people held under that Act must get notice and a chance to seek habeas before removal.</source>
        <extracomment>sources.json $.sources[51].supports</extracomment>
        <translation>Un caso sobre deportaciones bajo la Alien Enemies Act (Ley de Enemigos Extranjeros). Las impugnaciones que por fuerza implican que una detención es inválida deben presentarse como hábeas corpus en el distrito donde está detenida la persona. Las personas detenidas bajo esa ley deben recibir aviso y una oportunidad de pedir hábeas corpus antes de ser deportadas.</translation>
    </message>
    <message>
        <source>Detention after a removal order is presumptively reasonable for six months. After that, if the person shows good reason to believe removal is not likely in the reasonably foreseeable future, the government must respond with evidence to justify continued detention.</source>
        <extracomment>sources.json $.sources[54].supports</extracomment>
        <translation>La detención después de una orden de deportación se presume razonable durante seis meses. Después de ese plazo, la persona puede mostrar buenas razones para creer que no es probable que la deportación ocurra en un futuro razonablemente previsible. Si lo hace, el gobierno debe responder con pruebas que justifiquen que la detención continúe.</translation>
    </message>
    <message>
        <source>Vacated the parts of the district court&apos;s injunctions about database checks and state law, held that continued detention on a detainer requires a prompt probable-cause determination by a neutral magistrate, and sent the case back.</source>
        <extracomment>sources.json $.sources[64].supports</extracomment>
        <translation>Anuló las partes de las órdenes judiciales (injunctions) del tribunal de distrito sobre las búsquedas en bases de datos y sobre la ley estatal. Decidió que, para seguir deteniendo a una persona por una orden de retención, un magistrado neutral debe decidir pronto si hay causa probable. Devolvió el caso al tribunal de distrito.</translation>
    </message>
    <message>
        <source>Dismissed the federal suit against Illinois, Chicago and Cook County: the United States lacked standing against the individual officials, and the limits on helping ICE are protected by the Tenth Amendment and not preempted; the dismissal became with prejudice and DOJ appealed.</source>
        <extracomment>sources.json $.sources[80].supports</extracomment>
        <translation>Desestimó la demanda federal contra Illinois, Chicago y el Condado de Cook. Estados Unidos no tenía legitimación (para demandar) contra los funcionarios individuales. Además, los límites para ayudar a ICE están protegidos por la Décima Enmienda y la ley federal no los desplaza. La desestimación pasó a ser con perjuicio (la demanda no se puede volver a presentar) y el DOJ apeló.</translation>
    </message>
    <message>
        <source>Reports on U.S. suits against New Jersey cities and New York City (2025)</source>
        <extracomment>sources.json $.sources[83].title</extracomment>
        <translation>Informes sobre demandas de EE. UU. contra ciudades de Nueva Jersey y la Ciudad de Nueva York (2025)</translation>
    </message>
    <message>
        <source>Reports that the United States also sued four New Jersey cities (May 22, 2025) and New York City (2025); the outcomes were not confirmed in our sources.</source>
        <extracomment>sources.json $.sources[83].supports</extracomment>
        <translation>Informan que Estados Unidos también demandó a cuatro ciudades de Nueva Jersey (22 de mayo de 2025) y a la Ciudad de Nueva York (2025). Los resultados no se confirmaron en nuestras fuentes.</translation>
    </message>
    <message>
        <source>Created a state crime of illegal entry; it was enjoined in February 2024, the injunction was affirmed on July 3, 2025, and the full Fifth Circuit then reheard the case (result not confirmed in our sources).</source>
        <extracomment>sources.json $.sources[86].supports</extracomment>
        <translation>Creó un delito estatal de entrada ilegal. Se bloqueó con una medida cautelar en febrero de 2024, y esa medida cautelar se confirmó el 3 de julio de 2025. Después, el pleno del Quinto Circuito volvió a escuchar el caso (el resultado no se confirmó en nuestras fuentes).</translation>
    </message>
    <message>
        <source>Created a state illegal-entry crime; a federal judge blocked it in April 2025 and the Eleventh Circuit refused a stay on June 6, 2025. The Supreme Court&apos;s handling of the state&apos;s application was not confirmed in our sources.</source>
        <extracomment>sources.json $.sources[90].supports</extracomment>
        <translation>Creó un delito estatal de entrada ilegal. Un juez federal lo bloqueó en abril de 2025, y el Undécimo Circuito se negó a suspender ese bloqueo el 6 de junio de 2025. En nuestras fuentes no se confirmó qué hizo la Corte Suprema con la solicitud del estado.</translation>
    </message>
</context>
<context>
    <name>content/timeline</name>
    <message>
        <source>IIRIRA adds 287(g) and the status-sharing rule</source>
        <extracomment>timeline.json $.events[0].title</extracomment>
        <translation>IIRIRA agrega el 287(g) y la regla para compartir el estatus migratorio</translation>
    </message>
    <message>
        <source>Congress passes IIRIRA. It adds section 287(g), which allows written agreements with state and local agencies, and the information-sharing rule now at 8 U.S.C. §1373.</source>
        <extracomment>timeline.json $.events[0].body</extracomment>
        <translation>El Congreso aprueba IIRIRA, una ley de inmigración. La ley agrega la sección 287(g), que permite acuerdos por escrito con agencias estatales y locales. También agrega la regla sobre compartir información que hoy está en 8 U.S.C. §1373.</translation>
    </message>
    <message>
        <source>First 287(g) agreement</source>
        <extracomment>timeline.json $.events[1].title</extracomment>
        <translation>Primer acuerdo 287(g)</translation>
    </message>
    <message>
        <source>The Florida Department of Law Enforcement signs the first 287(g) agreement.</source>
        <extracomment>timeline.json $.events[1].body</extracomment>
        <translation>El Departamento de Aplicación de la Ley de Florida firma el primer acuerdo 287(g).</translation>
    </message>
    <message>
        <source>Secure Communities begins</source>
        <extracomment>timeline.json $.events[2].title</extracomment>
        <translation>Empieza Comunidades Seguras</translation>
    </message>
    <message>
        <source>Pilot sites start checking booking fingerprints against DHS records through the FBI. The program later reaches all 3,181 jurisdictions.</source>
        <extracomment>timeline.json $.events[2].body</extracomment>
        <translation>En algunos lugares piloto, se empiezan a comparar las huellas digitales que se toman al entrar a la cárcel con los registros del DHS, a través del FBI. Más tarde, el programa llega a todas las 3,181 jurisdicciones.</translation>
    </message>
    <message>
        <source>Justice Department finding on Maricopa County</source>
        <extracomment>timeline.json $.events[3].title</extracomment>
        <translation>Conclusión del Departamento de Justicia sobre el condado de Maricopa</translation>
    </message>
    <message>
        <source>The Justice Department finds a pattern of biased policing by the sheriff&apos;s office in Maricopa County, Arizona. DHS then ends the office&apos;s 287(g) jail agreement.</source>
        <extracomment>timeline.json $.events[3].body</extracomment>
        <translation>El Departamento de Justicia concluye que la oficina del alguacil (sheriff) del condado de Maricopa, Arizona, tiene un patrón de trabajo policial con prejuicios. Después, el DHS termina el acuerdo 287(g) que esa oficina tenía para su cárcel.</translation>
    </message>
    <message>
        <source>Arizona v. United States</source>
        <extracomment>timeline.json $.events[4].title</extracomment>
        <translation>Arizona v. United States</translation>
    </message>
    <message>
        <source>The Supreme Court holds three parts of Arizona&apos;s SB 1070 preempted by federal law.</source>
        <extracomment>timeline.json $.events[4].body</extracomment>
        <translation>La Corte Suprema decide que la ley federal prevalece sobre tres partes de la ley SB 1070 de Arizona.</translation>
    </message>
    <message>
        <source>NFIB v. Sebelius</source>
        <extracomment>timeline.json $.events[5].title</extracomment>
        <translation>NFIB v. Sebelius</translation>
    </message>
    <message>
        <source>The Supreme Court holds that a threat to take away all of a state&apos;s Medicaid money goes too far. It calls the threat coercive.</source>
        <extracomment>timeline.json $.events[5].body</extracomment>
        <translation>La Corte Suprema decide que amenazar con quitarle a un estado todo su dinero de Medicaid va demasiado lejos. Dice que esa amenaza es coercitiva.</translation>
    </message>
    <message>
        <source>ICE stops renewing Task Force agreements</source>
        <extracomment>timeline.json $.events[6].title</extracomment>
        <translation>ICE deja de renovar los acuerdos del Modelo de Grupo de Trabajo</translation>
    </message>
    <message>
        <source>ICE says it will not renew any 287(g) Task Force agreements, and calls Secure Communities a better use of resources.</source>
        <extracomment>timeline.json $.events[6].body</extracomment>
        <translation>ICE dice que no renovará ningún acuerdo 287(g) del Modelo de Grupo de Trabajo. Dice que Comunidades Seguras es un mejor uso de los recursos.</translation>
    </message>
    <message>
        <source>Melendres v. Arpaio</source>
        <extracomment>timeline.json $.events[7].title</extracomment>
        <translation>Melendres v. Arpaio</translation>
    </message>
    <message>
        <source>A federal judge finds that the Maricopa County Sheriff&apos;s Office broke the Constitution. The judge bars it from using race in stops.</source>
        <extracomment>timeline.json $.events[7].body</extracomment>
        <translation>Un juez federal concluye que la Oficina del Alguacil del condado de Maricopa violó la Constitución. El juez le prohíbe usar la raza como motivo para parar a las personas.</translation>
    </message>
    <message>
        <source>Galarza v. Szalczyk</source>
        <extracomment>timeline.json $.events[8].title</extracomment>
        <translation>Galarza v. Szalczyk</translation>
    </message>
    <message>
        <source>A federal appeals court holds that ICE detainers are requests, not commands.</source>
        <extracomment>timeline.json $.events[8].body</extracomment>
        <translation>Un tribunal federal de apelaciones decide que las órdenes de retención migratoria (detainers) de ICE son solicitudes, no mandatos.</translation>
    </message>
    <message>
        <source>Miranda-Olivares v. Clackamas County</source>
        <extracomment>timeline.json $.events[9].title</extracomment>
        <translation>Miranda-Olivares v. Clackamas County</translation>
    </message>
    <message>
        <source>A federal court in Oregon says that keeping a person past release on a detainer is a new seizure. It needs probable cause.</source>
        <extracomment>timeline.json $.events[9].body</extracomment>
        <translation>Un tribunal federal de Oregón dice que mantener a una persona en la cárcel después de su hora de salida, por una orden de retención migratoria, es una nueva detención. Para eso se necesita causa probable.</translation>
    </message>
    <message>
        <source>DHS ends Secure Communities &quot;as we know it&quot;</source>
        <extracomment>timeline.json $.events[10].title</extracomment>
        <translation>El DHS pone fin a Comunidades Seguras &quot;tal como lo conocemos&quot;</translation>
    </message>
    <message>
        <source>A DHS memo replaces Secure Communities with the Priority Enforcement Program, which keeps the same fingerprint link.</source>
        <extracomment>timeline.json $.events[10].body</extracomment>
        <translation>Un memorando del DHS reemplaza Comunidades Seguras con el Priority Enforcement Program (Programa de Prioridades de Control). El nuevo programa mantiene el mismo enlace de huellas digitales.</translation>
    </message>
    <message>
        <source>Executive Order 13768</source>
        <extracomment>timeline.json $.events[11].title</extracomment>
        <translation>Orden Ejecutiva 13768</translation>
    </message>
    <message>
        <source>A new order on enforcement inside the country. Summaries of DHS records say it brought back Secure Communities. A court later struck down its funding part.</source>
        <extracomment>timeline.json $.events[11].body</extracomment>
        <translation>Una nueva orden sobre el control migratorio dentro del país. Según resúmenes de registros del DHS, la orden volvió a poner en marcha Comunidades Seguras. Más tarde, un tribunal anuló la parte de la orden sobre fondos.</translation>
    </message>
    <message>
        <source>Form I-247A and a new detainer policy</source>
        <extracomment>timeline.json $.events[12].title</extracomment>
        <translation>El Formulario I-247A y una nueva política sobre las órdenes de retención</translation>
    </message>
    <message>
        <source>ICE starts using Form I-247A. Its policy requires probable cause and a signed I-200 or I-205 with each detainer.</source>
        <extracomment>timeline.json $.events[12].body</extracomment>
        <translation>ICE empieza a usar el Formulario I-247A. Su política exige causa probable y un I-200 o I-205 firmado con cada orden de retención migratoria.</translation>
    </message>
    <message>
        <source>Lunn v. Commonwealth</source>
        <extracomment>timeline.json $.events[13].title</extracomment>
        <translation>Lunn v. Commonwealth</translation>
    </message>
    <message>
        <source>Massachusetts&apos;s highest court says state law gives no power to hold a person only on a federal civil detainer.</source>
        <extracomment>timeline.json $.events[13].body</extracomment>
        <translation>El tribunal más alto de Massachusetts dice que la ley estatal no da poder para retener a una persona solo por una orden de retención migratoria federal de tipo civil.</translation>
    </message>
    <message>
        <source>Texas SB 4</source>
        <extracomment>timeline.json $.events[14].title</extracomment>
        <translation>Ley SB 4 de Texas</translation>
    </message>
    <message>
        <source>Texas bans local sanctuary policies and requires jails to honor detainers.</source>
        <extracomment>timeline.json $.events[14].body</extracomment>
        <translation>Texas prohíbe las políticas locales de tipo &quot;santuario&quot; y obliga a las cárceles a cumplir las órdenes de retención migratoria.</translation>
    </message>
    <message>
        <source>California SB 54</source>
        <extracomment>timeline.json $.events[15].title</extracomment>
        <translation>Ley SB 54 de California</translation>
    </message>
    <message>
        <source>California limits state and local cooperation with federal immigration enforcement.</source>
        <extracomment>timeline.json $.events[15].body</extracomment>
        <translation>California limita la cooperación estatal y local con el control federal de inmigración.</translation>
    </message>
    <message>
        <source>City of El Cenizo v. Texas</source>
        <extracomment>timeline.json $.events[16].title</extracomment>
        <translation>City of El Cenizo v. Texas</translation>
    </message>
    <message>
        <source>A federal appeals court upholds most of Texas SB 4 (2017), including its detainer rule.</source>
        <extracomment>timeline.json $.events[16].body</extracomment>
        <translation>Un tribunal federal de apelaciones confirma la mayor parte de la ley SB 4 de Texas (2017), incluida su regla sobre órdenes de retención migratoria.</translation>
    </message>
    <message>
        <source>Murphy v. NCAA</source>
        <extracomment>timeline.json $.events[17].title</extracomment>
        <translation>Murphy v. NCAA</translation>
    </message>
    <message>
        <source>The Supreme Court holds that the anti-commandeering rule also covers federal laws that forbid states to act.</source>
        <extracomment>timeline.json $.events[17].body</extracomment>
        <translation>La Corte Suprema decide que la regla contra la requisición (anti-commandeering) también se aplica a las leyes federales que les prohíben actuar a los estados.</translation>
    </message>
    <message>
        <source>San Francisco v. Trump</source>
        <extracomment>timeline.json $.events[18].title</extracomment>
        <translation>San Francisco v. Trump</translation>
    </message>
    <message>
        <source>A federal appeals court holds the funding part of Executive Order 13768 unconstitutional, because only Congress controls spending.</source>
        <extracomment>timeline.json $.events[18].body</extracomment>
        <translation>Un tribunal federal de apelaciones decide que la parte de la Orden Ejecutiva 13768 sobre fondos es inconstitucional, porque solo el Congreso controla el gasto.</translation>
    </message>
    <message>
        <source>City of Philadelphia v. Attorney General</source>
        <extracomment>timeline.json $.events[19].title</extracomment>
        <translation>City of Philadelphia v. Attorney General</translation>
    </message>
    <message>
        <source>A federal appeals court holds that Congress did not authorize the 2017 Byrne JAG conditions.</source>
        <extracomment>timeline.json $.events[19].body</extracomment>
        <translation>Un tribunal federal de apelaciones decide que el Congreso no autorizó las condiciones de 2017 para las subvenciones Byrne JAG.</translation>
    </message>
    <message>
        <source>United States v. California</source>
        <extracomment>timeline.json $.events[20].title</extracomment>
        <translation>United States v. California</translation>
    </message>
    <message>
        <source>A federal appeals court holds that California SB 54 is not preempted.</source>
        <extracomment>timeline.json $.events[20].body</extracomment>
        <translation>Un tribunal federal de apelaciones decide que la ley federal no desplaza a la ley SB 54 de California.</translation>
    </message>
    <message>
        <source>City of Los Angeles v. Barr</source>
        <extracomment>timeline.json $.events[21].title</extracomment>
        <translation>City of Los Angeles v. Barr</translation>
    </message>
    <message>
        <source>A federal appeals court upholds extra points for cooperation in a competitive police grant.</source>
        <extracomment>timeline.json $.events[21].body</extracomment>
        <translation>Un tribunal federal de apelaciones acepta que se den puntos extra por cooperar en un concurso de subvenciones para la policía.</translation>
    </message>
    <message>
        <source>New York v. DOJ</source>
        <extracomment>timeline.json $.events[22].title</extracomment>
        <translation>New York v. DOJ</translation>
    </message>
    <message>
        <source>A federal appeals court upholds the Byrne JAG conditions, creating a split with other circuits.</source>
        <extracomment>timeline.json $.events[22].body</extracomment>
        <translation>Un tribunal federal de apelaciones confirma las condiciones de Byrne JAG. Así queda en desacuerdo con los tribunales de otros circuitos.</translation>
    </message>
    <message>
        <source>Gonzalez v. ICE (appeal)</source>
        <extracomment>timeline.json $.events[23].title</extracomment>
        <translation>Gonzalez v. ICE (apelación)</translation>
    </message>
    <message>
        <source>Supreme Court dismisses grant cases</source>
        <extracomment>timeline.json $.events[24].title</extracomment>
        <translation>La Corte Suprema desestima los casos de subvenciones</translation>
    </message>
    <message>
        <source>After the 2017 order is revoked, the Supreme Court dismisses the pending Byrne JAG petitions at the parties&apos; request. The split is left open.</source>
        <extracomment>timeline.json $.events[24].body</extracomment>
        <translation>Después de que se revoca la orden de 2017, la Corte Suprema desestima las peticiones pendientes sobre Byrne JAG, a pedido de las partes. El desacuerdo entre tribunales queda sin resolver.</translation>
    </message>
    <message>
        <source>Garland v. Aleman Gonzalez</source>
        <extracomment>timeline.json $.events[25].title</extracomment>
        <translation>Garland v. Aleman Gonzalez</translation>
    </message>
    <message>
        <source>The Supreme Court says lower courts cannot issue orders for a whole class that block some parts of the removal laws.</source>
        <extracomment>timeline.json $.events[25].body</extracomment>
        <translation>La Corte Suprema dice que los tribunales inferiores no pueden dar órdenes para todo un grupo de personas (una clase) que bloqueen algunas partes de las leyes de deportación.</translation>
    </message>
    <message>
        <source>United States v. Texas</source>
        <extracomment>timeline.json $.events[26].title</extracomment>
        <translation>United States v. Texas</translation>
    </message>
    <message>
        <source>The Supreme Court holds that two states lacked standing to challenge federal enforcement priorities.</source>
        <extracomment>timeline.json $.events[26].body</extracomment>
        <translation>La Corte Suprema decide que dos estados no tenían legitimación (el derecho a demandar) para impugnar las prioridades federales de control migratorio.</translation>
    </message>
    <message>
        <source>Executive Order 14159</source>
        <extracomment>timeline.json $.events[27].title</extracomment>
        <translation>Orden Ejecutiva 14159</translation>
    </message>
    <message>
        <source>A new order tells DHS to sign as many 287(g) agreements as the law allows. It also says sanctuary places should not get federal funds.</source>
        <extracomment>timeline.json $.events[27].body</extracomment>
        <translation>Una nueva orden le ordena al DHS firmar todos los acuerdos 287(g) que permita la ley. También dice que los lugares &quot;santuario&quot; no deben recibir fondos federales.</translation>
    </message>
    <message>
        <source>Laken Riley Act</source>
        <extracomment>timeline.json $.events[28].title</extracomment>
        <translation>Laken Riley Act (Ley Laken Riley)</translation>
    </message>
    <message>
        <source>A new law gives state attorneys general a right to sue over some federal release and detention failures.</source>
        <extracomment>timeline.json $.events[28].body</extracomment>
        <translation>Una nueva ley les da a los fiscales generales de los estados el derecho a demandar por algunas fallas federales en la liberación y la detención.</translation>
    </message>
    <message>
        <source>Task Force agreements return</source>
        <extracomment>timeline.json $.events[29].title</extracomment>
        <translation>Vuelven los acuerdos del Modelo de Grupo de Trabajo</translation>
    </message>
    <message>
        <source>Univision, citing ICE data, reported that ICE resumed Task Force Model agreements on January 30, 2025.</source>
        <extracomment>timeline.json $.events[29].body</extracomment>
        <translation>Univision, citando datos de ICE, informó que ICE volvió a usar los acuerdos del Modelo de Grupo de Trabajo el 30 de enero de 2025.</translation>
    </message>
    <message>
        <source>Florida SB 2-C</source>
        <extracomment>timeline.json $.events[30].title</extracomment>
        <translation>Ley SB 2-C de Florida</translation>
    </message>
    <message>
        <source>Florida requires sheriffs to hold 287(g) agreements. A new state board must approve ending one.</source>
        <extracomment>timeline.json $.events[30].body</extracomment>
        <translation>Florida obliga a los alguaciles (sheriffs) a tener acuerdos 287(g). Una nueva junta estatal debe aprobar que se termine uno.</translation>
    </message>
    <message>
        <source>San Francisco v. Trump: preliminary injunction</source>
        <extracomment>timeline.json $.events[32].title</extracomment>
        <translation>San Francisco v. Trump: orden judicial preliminar</translation>
    </message>
    <message>
        <source>A federal judge bars the government from withholding or conditioning funds under parts of the 2025 orders.</source>
        <extracomment>timeline.json $.events[32].body</extracomment>
        <translation>Un juez federal le prohíbe al gobierno retener fondos o ponerles condiciones con base en partes de las órdenes de 2025.</translation>
    </message>
    <message>
        <source>Trump v. CASA</source>
        <extracomment>timeline.json $.events[33].title</extracomment>
        <translation>Trump v. CASA</translation>
    </message>
    <message>
        <source>The Supreme Court says universal injunctions likely go beyond federal courts&apos; power.</source>
        <extracomment>timeline.json $.events[33].body</extracomment>
        <translation>La Corte Suprema dice que las órdenes judiciales universales (universal injunctions), que se aplican a todos y no solo a quienes demandaron, probablemente van más allá del poder de los tribunales federales.</translation>
    </message>
    <message>
        <source>United States v. Illinois dismissed</source>
        <extracomment>timeline.json $.events[34].title</extracomment>
        <translation>United States v. Illinois: caso desestimado</translation>
    </message>
    <message>
        <source>San Francisco v. Trump: injunction expanded</source>
        <extracomment>timeline.json $.events[35].title</extracomment>
        <translation>San Francisco v. Trump: se amplía la orden judicial preliminar</translation>
    </message>
    <message>
        <source>The judge extends the injunction to Los Angeles, Boston, Chicago, Denver and about 30 more places.</source>
        <extracomment>timeline.json $.events[35].body</extracomment>
        <translation>El juez extiende la orden judicial preliminar a Los Ángeles, Boston, Chicago, Denver y unos 30 lugares más.</translation>
    </message>
    <message>
        <source>United States v. New York dismissed</source>
        <extracomment>timeline.json $.events[36].title</extracomment>
        <translation>United States v. New York: caso desestimado</translation>
    </message>
    <message>
        <source>A federal judge dismisses the U.S. suit against New York&apos;s Protect Our Courts Act.</source>
        <extracomment>timeline.json $.events[36].body</extracomment>
        <translation>Un juez federal desestima la demanda del gobierno de EE. UU. contra la Protect Our Courts Act (Ley para Proteger Nuestros Tribunales) de Nueva York.</translation>
    </message>
    <message>
        <source>Texas SB 8 takes effect</source>
        <extracomment>timeline.json $.events[37].title</extracomment>
        <translation>Entra en vigor la Ley SB 8 de Texas</translation>
    </message>
    <message>
        <source>Texas sheriffs who run jails must request a 287(g) or similar agreement. From December 1, 2026, the state attorney general may sue sheriffs who do not comply.</source>
        <extracomment>timeline.json $.events[37].body</extracomment>
        <translation>Los alguaciles (sheriffs) de Texas que administran cárceles deben pedir un acuerdo 287(g) u otro parecido. A partir del 1 de diciembre de 2026, el fiscal general del estado puede demandar a los alguaciles que no cumplan.</translation>
    </message>
    <message>
        <source>Maryland bans 287(g) agreements</source>
        <extracomment>timeline.json $.events[38].title</extracomment>
        <translation>Maryland prohíbe los acuerdos 287(g)</translation>
    </message>
    <message>
        <source>Maryland passes a ban on 287(g) agreements. It takes effect at once, and nine agencies must end their agreements.</source>
        <extracomment>timeline.json $.events[38].body</extracomment>
        <translation>Maryland aprueba una prohibición de los acuerdos 287(g). Entra en vigor de inmediato, y nueve agencias deben terminar sus acuerdos.</translation>
    </message>
    <message>
        <source>United States v. City of Los Angeles dismissed (reported)</source>
        <extracomment>timeline.json $.events[39].title</extracomment>
        <translation>United States v. City of Los Angeles: caso desestimado (según informes)</translation>
    </message>
    <message>
        <source>According to reports, a federal judge dismisses the U.S. suit against a Los Angeles ordinance. One source gives the date June 20, 2026.</source>
        <extracomment>timeline.json $.events[39].body</extracomment>
        <translation>Según informes, un juez federal desestima la demanda del gobierno de EE. UU. contra una ordenanza de Los Ángeles. Una fuente da la fecha del 20 de junio de 2026.</translation>
    </message>
    <message>
        <source>A federal appeals court throws out the parts of the lower ruling about database checks and state law. It says a person held on a detainer needs a prompt probable-cause decision by a neutral judge, and sends the case back.</source>
        <extracomment>timeline.json $.events[23].body</extracomment>
        <translation>Un tribunal federal de apelaciones anula las partes del fallo inferior sobre las búsquedas en bases de datos y sobre la ley estatal. Dice que una persona retenida por una orden de retención migratoria necesita que un juez neutral decida pronto si hay causa probable. Luego devuelve el caso al tribunal inferior.</translation>
    </message>
    <message>
        <source>Trump v. J.G.G. (Alien Enemies Act)</source>
        <extracomment>timeline.json $.events[31].title</extracomment>
        <translation>Trump v. J.G.G. (Ley de Enemigos Extranjeros)</translation>
    </message>
    <message>
        <source>In a case about removals under the Alien Enemies Act, the Supreme Court says some challenges to detention belong in habeas corpus, in the district where the person is held.</source>
        <extracomment>timeline.json $.events[31].body</extracomment>
        <translation>En un caso sobre deportaciones bajo la Alien Enemies Act (Ley de Enemigos Extranjeros), la Corte Suprema dice que algunas demandas contra la detención se deben presentar por hábeas corpus, en el distrito donde está detenida la persona.</translation>
    </message>
    <message>
        <source>A federal judge dismisses the U.S. suit against Illinois, Chicago and Cook County, relying partly on the Tenth Amendment. The government appeals.</source>
        <extracomment>timeline.json $.events[34].body</extracomment>
        <translation>Un juez federal desestima la demanda del gobierno de EE. UU. contra Illinois, Chicago y el condado de Cook, con base, en parte, en la Décima Enmienda. El gobierno apela.</translation>
    </message>
</context>
<context>
    <name>content/topic/community-impacts</name>
    <message>
        <source>Community impacts: what research shows</source>
        <extracomment>topics/community-impacts.json $.topics[0].title</extracomment>
        <translation>Efectos en las comunidades: lo que muestran los estudios</translation>
    </message>
    <message>
        <source>Researchers have studied how local immigration enforcement affects trust, crime, costs and civil rights. Some findings are strong. Others come from surveys or police department numbers, which cannot prove cause and effect. Here are the numbers, along with their limits.</source>
        <extracomment>topics/community-impacts.json $.topics[0].summary</extracomment>
        <translation>Los investigadores han estudiado cómo el control migratorio local afecta la confianza, la delincuencia, los costos y los derechos civiles. Algunos resultados son sólidos. Otros vienen de encuestas o de cifras de los departamentos de policía, que no pueden probar causa y efecto. Aquí están las cifras, junto con sus límites.</translation>
    </message>
    <message>
        <source>Trust and calling the police</source>
        <extracomment>topics/community-impacts.json $.topics[0].sections[0].heading</extracomment>
        <translation>La confianza y las llamadas a la policía</translation>
    </message>
    <message>
        <source>A 2013 survey called *Insecure Communities* asked 2,004 Latinos in four large counties about police. It was done in late 2012, in English and Spanish.

- 44% said they were less likely to call police if they were a crime victim. They feared being asked about immigration status.
- Among undocumented people, it was 70%.
- Among Latinos born in the U.S., it was 28%.

This is a survey. It shows what people say they would do. It does not measure what they actually did.</source>
        <extracomment>topics/community-impacts.json $.topics[0].sections[0].body</extracomment>
        <translation>Una encuesta de 2013 llamada *Insecure Communities* (Comunidades Inseguras) preguntó a 2,004 latinos de cuatro condados grandes sobre la policía. Se hizo a fines de 2012, en inglés y en español.

- El 44% dijo que sería menos probable que llamara a la policía si fuera víctima de un delito. Temían que les preguntaran por su estatus migratorio.
- Entre las personas indocumentadas, la cifra fue del 70%.
- Entre los latinos nacidos en EE. UU., fue del 28%.

Es una encuesta. Muestra lo que las personas dicen que harían. No mide lo que hicieron en realidad.</translation>
    </message>
    <message>
        <source>Police department numbers from 2017</source>
        <extracomment>topics/community-impacts.json $.topics[0].sections[1].heading</extracomment>
        <translation>Cifras de departamentos de policía de 2017</translation>
    </message>
    <message>
        <source>In April 2017, Houston&apos;s police chief compared early 2017 with early 2016. Rape reports by Hispanics fell 42.8%. Reports of other violent crimes by Hispanics fell 13%. At the same time, rape reports by non-Hispanics rose 8.2%.

According to news reports, the Los Angeles police chief also described drops in 2017. He said sexual assault reports by Latinos fell 25%, and domestic violence reports fell 10%.

These are department numbers, not studies. They do not show what caused the changes.</source>
        <extracomment>topics/community-impacts.json $.topics[0].sections[1].body</extracomment>
        <translation>En abril de 2017, el jefe de policía de Houston comparó el inicio de 2017 con el inicio de 2016. Las denuncias de violación hechas por hispanos bajaron un 42.8%. Las denuncias de otros delitos violentos hechas por hispanos bajaron un 13%. En el mismo período, las denuncias de violación hechas por personas no hispanas subieron un 8.2%.

Según reportes de prensa, el jefe de policía de Los Ángeles también describió bajas en 2017. Dijo que las denuncias de agresión sexual hechas por latinos bajaron un 25%, y que las denuncias de violencia doméstica bajaron un 10%.

Estas son cifras de los departamentos, no estudios. No muestran qué causó los cambios.</translation>
    </message>
    <message>
        <source>A study of crime reports in Dallas</source>
        <extracomment>topics/community-impacts.json $.topics[0].sections[2].heading</extracomment>
        <translation>Un estudio de denuncias de delitos en Dallas</translation>
    </message>
    <message>
        <source>A 2022 study by Jácome used Dallas police records. In 2015, the [Priority Enforcement Program](term:priority-enforcement-program) narrowed enforcement. After that, violent and property crimes reported by Hispanics rose 4%. This study tracks real reports over time, so it is stronger than a survey. Still, it covers one city.

A 2026 working paper from the U.S. Census Bureau reports a similar pattern for [Secure Communities](term:secure-communities). According to the paper, Hispanic victims reported fewer crimes, and crimes against Hispanics rose. It is a working paper, not a final published study.</source>
        <extracomment>topics/community-impacts.json $.topics[0].sections[2].body</extracomment>
        <translation>Un estudio de 2022 hecho por Jácome usó registros de la policía de Dallas. En 2015, el [Priority Enforcement Program](term:priority-enforcement-program) (Programa de Prioridades de Control) redujo el alcance del control migratorio. Después de eso, los delitos violentos y contra la propiedad denunciados por hispanos subieron un 4%. Este estudio sigue denuncias reales a lo largo del tiempo, así que es más sólido que una encuesta. Aun así, abarca una sola ciudad.

Un documento de trabajo de 2026 de la Oficina del Censo de EE. UU. reporta un patrón parecido con [Comunidades Seguras](term:secure-communities). Según el documento, las víctimas hispanas denunciaron menos delitos, y los delitos contra hispanos aumentaron. Es un documento de trabajo, no un estudio final ya publicado.</translation>
    </message>
    <message>
        <source>Did enforcement lower crime?</source>
        <extracomment>topics/community-impacts.json $.topics[0].sections[3].heading</extracomment>
        <translation>¿El control migratorio redujo la delincuencia?</translation>
    </message>
    <message>
        <source>Two 2014 studies asked whether this kind of enforcement cuts crime.

- Miles and Cox used the way Secure Communities started in different counties at different times. They found no meaningful drop in overall crime or violent crime. The program led to more than 250,000 detentions.
- Treyger, Chalfin and Loeffler studied local police taking part in immigration enforcement. They found little evidence that crime went down. They also found little evidence of the feared rise in biased arrests.

Studies like these compare places over time. That is stronger than a survey. But no study can rule out every other cause.</source>
        <extracomment>topics/community-impacts.json $.topics[0].sections[3].body</extracomment>
        <translation>Dos estudios de 2014 se preguntaron si este tipo de control reduce la delincuencia.

- Miles y Cox aprovecharon que Comunidades Seguras empezó en distintos condados en distintos momentos. No encontraron una baja importante en la delincuencia total ni en los delitos violentos. El programa llevó a más de 250,000 detenciones.
- Treyger, Chalfin y Loeffler estudiaron la participación de la policía local en el control migratorio. Encontraron poca evidencia de que bajara la delincuencia. También encontraron poca evidencia del temido aumento de arrestos por prejuicio.

Estudios como estos comparan lugares a lo largo del tiempo. Eso es más sólido que una encuesta. Pero ningún estudio puede descartar todas las demás causas.</translation>
    </message>
    <message>
        <source>Who was held, and what it cost</source>
        <extracomment>topics/community-impacts.json $.topics[0].sections[4].heading</extracomment>
        <translation>A quiénes retuvieron y cuánto costó</translation>
    </message>
    <message>
        <source>Civil rights and profiling</source>
        <extracomment>topics/community-impacts.json $.topics[0].sections[5].heading</extracomment>
        <translation>Derechos civiles y perfil racial</translation>
    </message>
    <message>
        <source>In December 2011, the Justice Department found a pattern of biased policing by the Maricopa County Sheriff&apos;s Office in Arizona. Latinos were four to nine times more likely to be stopped. DHS then ended the office&apos;s 287(g) jail agreement.

In May 2013, a federal judge ruled in *Melendres v. Arpaio*. He found the office broke the Fourth and Fourteenth Amendments. He barred it from using race or Latino ancestry as a reason for stops.

Mistakes can also reach U.S. citizens. In the *Galarza* case, a U.S. citizen was held on a detainer after he posted bail.</source>
        <extracomment>topics/community-impacts.json $.topics[0].sections[5].body</extracomment>
        <translation>En diciembre de 2011, el Departamento de Justicia encontró un patrón de actuación policial discriminatoria en la Oficina del Alguacil (Sheriff) del Condado de Maricopa, en Arizona. Los latinos tenían de cuatro a nueve veces más probabilidades de que los pararan. Después, el DHS terminó el acuerdo 287(g) de esa oficina para su cárcel.

En mayo de 2013, un juez federal dictó su fallo en *Melendres v. Arpaio*. Concluyó que la oficina violó la Cuarta Enmienda y la Decimocuarta Enmienda. Le prohibió usar la raza o el origen latino como motivo para parar a las personas.

Los errores también pueden afectar a ciudadanos estadounidenses. En el caso *Galarza*, un ciudadano estadounidense quedó retenido por una orden de retención migratoria después de pagar su fianza.</translation>
    </message>
    <message>
        <source>Police department numbers from 2017 showed drops in reports, but they do not prove the cause.</source>
        <extracomment>topics/community-impacts.json $.topics[0].takeaways[1]</extracomment>
        <translation>Las cifras de los departamentos de policía de 2017 mostraron bajas en las denuncias, pero no prueban la causa.</translation>
    </message>
    <message>
        <source>Stronger studies found Secure Communities did not meaningfully lower crime.</source>
        <extracomment>topics/community-impacts.json $.topics[0].takeaways[2]</extracomment>
        <translation>Estudios más sólidos concluyeron que Comunidades Seguras no redujo la delincuencia de forma importante.</translation>
    </message>
    <message>
        <source>About half of 287(g) detainers in fiscal year 2010 involved misdemeanors or traffic offenses.</source>
        <extracomment>topics/community-impacts.json $.topics[0].takeaways[3]</extracomment>
        <translation>Cerca de la mitad de las órdenes de retención migratoria del 287(g) en el año fiscal 2010 tenían que ver con delitos menores o infracciones de tránsito.</translation>
    </message>
    <message>
        <source>A federal court found serious profiling by one sheriff&apos;s office that had a 287(g) agreement.</source>
        <extracomment>topics/community-impacts.json $.topics[0].takeaways[4]</extracomment>
        <translation>Un tribunal federal concluyó que la oficina de un alguacil (sheriff) con un acuerdo 287(g) hacía una grave discriminación por perfil racial.</translation>
    </message>
    <message>
        <source>Always ask what kind of evidence a number comes from.</source>
        <extracomment>topics/community-impacts.json $.topics[0].takeaways[5]</extracomment>
        <translation>Pregunte siempre de qué tipo de evidencia viene una cifra.</translation>
    </message>
    <message>
        <source>A 2011 report by the Migration Policy Institute studied 287(g). About half of 287(g) [detainers](term:detainer) in fiscal year 2010 involved misdemeanors or traffic offenses. Places differed a lot. Some focused on serious crimes. Others placed most detainers on people held for misdemeanors or traffic offenses.

Cost figures are less certain. Reports say one Virginia county&apos;s program cost about $1.3 million a year. A policy group reported overtime and other costs in other counties. These come from single secondary sources. News reports also say that since October 2025, ICE can repay some Task Force officer pay. That shifts who pays.</source>
        <extracomment>topics/community-impacts.json $.topics[0].sections[4].body</extracomment>
        <translation>Un informe de 2011 del Migration Policy Institute (Instituto de Políticas Migratorias) estudió el 287(g). Cerca de la mitad de las [órdenes de retención migratoria](term:detainer) del 287(g) en el año fiscal 2010 tenían que ver con delitos menores o infracciones de tránsito. Los lugares variaron mucho. Algunos se centraron en delitos graves. Otros emitieron la mayoría de las órdenes de retención contra personas detenidas por delitos menores o infracciones de tránsito.

Las cifras de costos son menos seguras. Según algunos informes, el programa de un condado de Virginia costaba cerca de $1.3 millones al año. Un grupo de análisis de políticas reportó costos de horas extra y otros costos en otros condados. Cada uno de estos datos viene de una sola fuente secundaria. Reportes de prensa también dicen que, desde octubre de 2025, ICE puede reembolsar parte del sueldo de los agentes del modelo de Grupo de Trabajo. Eso cambia quién paga.</translation>
    </message>
    <message>
        <source>In one large survey, 44% of Latinos said they would be less likely to call police if they were crime victims, because they feared questions about immigration status.</source>
        <extracomment>topics/community-impacts.json $.topics[0].takeaways[0]</extracomment>
        <translation>En una encuesta grande, el 44% de los latinos dijo que, si fueran víctimas de un delito, sería menos probable que llamaran a la policía, porque temían que les preguntaran por su estatus migratorio.</translation>
    </message>
</context>
<context>
    <name>content/topic/federal-overreach</name>
    <message>
        <source>What &quot;federal overreach&quot; means in law</source>
        <extracomment>topics/federal-overreach.json $.topics[0].title</extracomment>
        <translation>Qué significa &quot;extralimitación federal&quot; en la ley</translation>
    </message>
    <message>
        <source>People say &quot;[federal overreach](term:federal-overreach)&quot; when they think the national government went too far. In court, that idea splits into several separate legal rules. Each rule asks a different question. A court, not a label, decides whether a line was crossed.</source>
        <extracomment>topics/federal-overreach.json $.topics[0].summary</extracomment>
        <translation>La gente habla de &quot;[extralimitación federal](term:federal-overreach)&quot; cuando cree que el gobierno nacional fue demasiado lejos. En los tribunales, esa idea se divide en varias reglas legales distintas. Cada regla hace una pregunta diferente. Es un tribunal, no una etiqueta, el que decide si se cruzó un límite.</translation>
    </message>
    <message>
        <source>Acting without power from Congress</source>
        <extracomment>topics/federal-overreach.json $.topics[0].sections[0].heading</extracomment>
        <translation>Actuar sin poder otorgado por el Congreso</translation>
    </message>
    <message>
        <source>A federal agency has only the powers Congress gives it. If it acts beyond them, it acts [ultra vires](term:ultra-vires). That is Latin for &quot;beyond the powers.&quot;

The [Byrne JAG](term:byrne-jag) grant cases are the main example. In 2017, the Justice Department added new conditions to this police grant. Cities had to give ICE notice before releases and access to jails. They also had to promise they followed §1373. Several appeals courts said Congress never gave the department power to add these conditions. The Third Circuit said the executive branch &quot;literally has no power to act&quot; unless Congress gives it that power.</source>
        <extracomment>topics/federal-overreach.json $.topics[0].sections[0].body</extracomment>
        <translation>Una agencia federal solo tiene los poderes que le da el Congreso. Si actúa más allá de ellos, actúa [ultra vires](term:ultra-vires). Es una expresión en latín que significa &quot;más allá de los poderes&quot;.

El ejemplo principal son los casos sobre la subvención [Byrne JAG](term:byrne-jag). En 2017, el Departamento de Justicia agregó nuevas condiciones a esta subvención para la policía. Las ciudades tenían que avisar a ICE antes de poner en libertad a alguien y darle acceso a las cárceles. También tenían que prometer que cumplían la §1373. Varios tribunales de apelaciones dijeron que el Congreso nunca le dio al departamento el poder de agregar esas condiciones. El Tercer Circuito dijo que el poder ejecutivo &quot;literalmente no tiene poder para actuar&quot; a menos que el Congreso le dé ese poder.</translation>
    </message>
    <message>
        <source>The federal government cannot command state officers</source>
        <extracomment>topics/federal-overreach.json $.topics[0].sections[1].heading</extracomment>
        <translation>El gobierno federal no puede dar órdenes a los funcionarios estatales</translation>
    </message>
    <message>
        <source>Strings on federal money</source>
        <extracomment>topics/federal-overreach.json $.topics[0].sections[2].heading</extracomment>
        <translation>Condiciones para el dinero federal</translation>
    </message>
    <message>
        <source>The [Spending Clause](term:spending-clause) lets Congress attach conditions to federal money. This is often called &quot;the power of the purse.&quot; The President cannot add conditions Congress did not set. In 2018, an appeals court used that rule to strike down part of a 2017 executive order.

Conditions set by Congress have limits too. In *South Dakota v. Dole* (1987), the Court said conditions must relate to the program and must not coerce. In *NFIB v. Sebelius* (2012), it found a threat to take away all of a state&apos;s Medicaid money too coercive. The Chief Justice called it &quot;a gun to the head.&quot;</source>
        <extracomment>topics/federal-overreach.json $.topics[0].sections[2].body</extracomment>
        <translation>La [Cláusula de Gasto](term:spending-clause) permite que el Congreso ponga condiciones al dinero federal. A esto se le suele llamar &quot;el poder de la bolsa&quot;, es decir, el control del dinero público. El presidente no puede agregar condiciones que el Congreso no fijó. En 2018, un tribunal de apelaciones usó esa regla para anular parte de una orden ejecutiva de 2017.

Las condiciones que fija el Congreso también tienen límites. En *South Dakota v. Dole* (1987), la Corte Suprema dijo que las condiciones deben tener relación con el programa y no pueden ser coercitivas. En *NFIB v. Sebelius* (2012), concluyó que amenazar con quitarle a un estado todo su dinero de Medicaid era demasiado coercitivo. El presidente de la Corte Suprema lo llamó &quot;una pistola en la cabeza&quot;.</translation>
    </message>
    <message>
        <source>The Fourth Amendment</source>
        <extracomment>topics/federal-overreach.json $.topics[0].sections[3].heading</extracomment>
        <translation>La Cuarta Enmienda</translation>
    </message>
    <message>
        <source>It runs both ways</source>
        <extracomment>topics/federal-overreach.json $.topics[0].sections[4].heading</extracomment>
        <translation>Funciona en ambos sentidos</translation>
    </message>
    <message>
        <source>Not every federal push fails</source>
        <extracomment>topics/federal-overreach.json $.topics[0].sections[5].heading</extracomment>
        <translation>No toda presión federal fracasa</translation>
    </message>
    <message>
        <source>Courts have also upheld federal actions that cities called overreach. In *Los Angeles v. Barr* (2019), an appeals court allowed extra points in a competitive police grant for cities that cooperated on immigration. In *New York v. DOJ* (2020), another appeals court upheld the same Byrne JAG conditions that other courts struck down. The Supreme Court did not settle that split.

So &quot;overreach&quot; is a conclusion a court reaches after applying these rules. It is not a label that fits a policy on its own. The same policy can win in one court and lose in another.</source>
        <extracomment>topics/federal-overreach.json $.topics[0].sections[5].body</extracomment>
        <translation>Los tribunales también han respaldado acciones federales que las ciudades llamaron extralimitación. En *Los Angeles v. Barr* (2019), un tribunal de apelaciones permitió que una subvención competitiva para la policía diera puntos extra a las ciudades que cooperaban en temas de inmigración. En *New York v. DOJ* (2020), otro tribunal de apelaciones respaldó las mismas condiciones de Byrne JAG que otros tribunales anularon. La Corte Suprema no resolvió esa diferencia entre tribunales.

Por eso, la &quot;extralimitación&quot; es una conclusión a la que llega un tribunal después de aplicar estas reglas. No es una etiqueta que se le pueda poner a una política por sí sola. La misma política puede ganar en un tribunal y perder en otro.</translation>
    </message>
    <message>
        <source>&quot;Federal overreach&quot; is not one rule. It covers several different legal rules.</source>
        <extracomment>topics/federal-overreach.json $.topics[0].takeaways[0]</extracomment>
        <translation>La &quot;extralimitación federal&quot; no es una sola regla. Abarca varias reglas legales diferentes.</translation>
    </message>
    <message>
        <source>An agency that acts without power from Congress acts ultra vires.</source>
        <extracomment>topics/federal-overreach.json $.topics[0].takeaways[1]</extracomment>
        <translation>Una agencia que actúa sin poder otorgado por el Congreso actúa ultra vires (más allá de sus poderes).</translation>
    </message>
    <message>
        <source>Congress cannot command state or local officers to run federal programs.</source>
        <extracomment>topics/federal-overreach.json $.topics[0].takeaways[2]</extracomment>
        <translation>El Congreso no puede ordenar a los funcionarios estatales o locales que lleven a cabo programas federales.</translation>
    </message>
    <message>
        <source>Only Congress can attach conditions to federal money, and it cannot coerce.</source>
        <extracomment>topics/federal-overreach.json $.topics[0].takeaways[3]</extracomment>
        <translation>Solo el Congreso puede poner condiciones al dinero federal, y no puede usarlas para coaccionar a los estados.</translation>
    </message>
    <message>
        <source>States can overstep too: federal law can preempt state immigration laws.</source>
        <extracomment>topics/federal-overreach.json $.topics[0].takeaways[4]</extracomment>
        <translation>Los estados también pueden excederse: la ley federal puede prevalecer sobre las leyes estatales de inmigración y desplazarlas.</translation>
    </message>
    <message>
        <source>Whether something is overreach is a conclusion a court reaches.</source>
        <extracomment>topics/federal-overreach.json $.topics[0].takeaways[5]</extracomment>
        <translation>Si algo es o no una extralimitación es una conclusión a la que llega un tribunal.</translation>
    </message>
    <message>
        <source>Courts draw the [anti-commandeering](term:anti-commandeering) rule from the [Tenth Amendment](term:tenth-amendment). Under it, Congress cannot order states, or state officers, to carry out a federal program.

- In *New York v. United States* (1992), the Court said Congress cannot force states to run a federal program.
- In [Printz](source:printz-1997) (1997), it said Congress could not make local sheriffs run gun background checks.
- In [Murphy](source:murphy-2018) (2018), it said the rule also covers laws that *forbid* states to act.

In 2025, two federal trial courts dismissed U.S. lawsuits against Illinois and New York laws that limit how state and local officers help ICE. The Tenth Amendment was one reason. The government appealed in Illinois, so these results could change.</source>
        <extracomment>topics/federal-overreach.json $.topics[0].sections[1].body</extracomment>
        <translation>Los tribunales sacan la regla [contra la requisición (anti-commandeering)](term:anti-commandeering) de la [Décima Enmienda](term:tenth-amendment). Según esta regla, el Congreso no puede ordenar a los estados, ni a sus funcionarios, que lleven a cabo un programa federal.

- En *New York v. United States* (1992), la Corte Suprema dijo que el Congreso no puede obligar a los estados a administrar un programa federal.
- En [Printz](source:printz-1997) (1997), dijo que el Congreso no podía obligar a los alguaciles (sheriffs) locales a revisar los antecedentes de quienes compraban armas.
- En [Murphy](source:murphy-2018) (2018), dijo que la regla también cubre las leyes que *prohíben* actuar a los estados.

En 2025, dos tribunales federales de primera instancia desestimaron demandas del gobierno de EE. UU. contra leyes de Illinois y de Nueva York. Esas leyes limitan cómo los funcionarios estatales y locales ayudan a ICE. Una de las razones fue la Décima Enmienda. El gobierno apeló en el caso de Illinois, así que estos resultados podrían cambiar.</translation>
    </message>
    <message>
        <source>The [Fourth Amendment](term:fourth-amendment) protects against unreasonable searches and [seizures](term:seizure). A seizure is when the government takes control of a person, such as by holding them. Two questions come up often.

**Holding someone on a detainer.** When a jail keeps a person after they should go free, some federal courts have called that a new seizure. It needs [probable cause](term:probable-cause). In *Miranda-Olivares* (2014), a detainer that only said an investigation had begun was not enough.

**Entering a home.** In [Payton](source:payton-1980) (1980), the Supreme Court said police generally need a judge-signed warrant (an arrest warrant) to enter a home to make an arrest, unless there is consent. Longstanding guidance says an administrative immigration warrant alone does not allow entry without consent. A 2025 ICE memo, made public in January 2026, takes a different view for some cases. Law professors said it conflicts with *Payton*. Its legality is contested.</source>
        <extracomment>topics/federal-overreach.json $.topics[0].sections[3].body</extracomment>
        <translation>La [Cuarta Enmienda](term:fourth-amendment) protege contra registros y [detenciones](term:seizure) irrazonables. Una detención (en inglés, &quot;seizure&quot;) ocurre cuando el gobierno toma control de una persona, por ejemplo, al retenerla. Hay dos preguntas que surgen a menudo.

**Retener a alguien por una orden de retención migratoria.** Cuando una cárcel mantiene a una persona después de la hora en que debía quedar libre, algunos tribunales federales han dicho que eso es una nueva detención. Necesita [causa probable](term:probable-cause). En *Miranda-Olivares* (2014), una orden de retención que solo decía que se había iniciado una investigación no fue suficiente.

**Entrar a una vivienda.** En [Payton](source:payton-1980) (1980), la Corte Suprema dijo que, en general, la policía necesita una orden firmada por un juez (una orden de arresto) para entrar a una vivienda y hacer un arresto, a menos que haya consentimiento. Según pautas usadas desde hace años, una orden administrativa de inmigración por sí sola no permite entrar sin consentimiento. Un memorando de ICE de 2025, que se hizo público en enero de 2026, tiene otra postura para algunos casos. Profesores de derecho dijeron que contradice *Payton*. Su legalidad está en disputa.</translation>
    </message>
    <message>
        <source>States can overstep too. When a valid federal law overrides a state law, that is called [preemption](term:preemption).

In *Arizona v. United States* (2012), the Supreme Court blocked three parts of Arizona&apos;s SB 1070. Two made it a state crime to not carry registration papers, or to work without permission. A third let police arrest people without a warrant for being removable. A part about checking status was not blocked before it took effect.

Courts also blocked newer state laws that made illegal entry a state crime. These were Texas SB 4 (2023) and Florida SB 4-C (2025). These cases were still going on. A higher court could change these results.</source>
        <extracomment>topics/federal-overreach.json $.topics[0].sections[4].body</extracomment>
        <translation>Los estados también pueden excederse. Cuando una ley federal válida se impone sobre una ley estatal, eso se llama [prevalencia de la ley federal](term:preemption) (en inglés, &quot;preemption&quot;).

En *Arizona v. United States* (2012), la Corte Suprema bloqueó tres partes de la ley SB 1070 de Arizona. Dos de ellas convertían en delito estatal no llevar consigo los papeles de registro o trabajar sin permiso. Una tercera permitía a la policía arrestar sin orden a personas por ser deportables. Una parte sobre verificar el estatus migratorio no se bloqueó antes de entrar en vigor.

Los tribunales también bloquearon leyes estatales más nuevas que convertían la entrada ilegal en un delito estatal. Fueron la ley SB 4 de Texas (2023) y la ley SB 4-C de Florida (2025). Estos casos seguían en curso. Un tribunal superior podría cambiar estos resultados.</translation>
    </message>
</context>
<context>
    <name>content/topic/legal-challenges</name>
    <message>
        <source>Court cases: detainers, sanctuary laws and funding</source>
        <extracomment>topics/legal-challenges.json $.topics[0].title</extracomment>
        <translation>Casos en los tribunales: órdenes de retención, leyes &quot;santuario&quot; y fondos</translation>
    </message>
    <message>
        <source>Detainer cases, 2014 to 2020</source>
        <extracomment>topics/legal-challenges.json $.topics[0].sections[0].heading</extracomment>
        <translation>Casos sobre órdenes de retención, de 2014 a 2020</translation>
    </message>
    <message>
        <source>Grant conditions, 2017 to 2021</source>
        <extracomment>topics/legal-challenges.json $.topics[0].sections[1].heading</extracomment>
        <translation>Condiciones de las subvenciones, de 2017 a 2021</translation>
    </message>
    <message>
        <source>In 2017, a new executive order and new grant conditions targeted sanctuary places. Cities sued.

- **San Francisco v. Trump (August 2018).** An appeals court said the order&apos;s funding part was unconstitutional. Only Congress holds the power of the purse.
- **Chicago (2018 and 2020) and Philadelphia (2019).** Appeals courts said the Justice Department had no power from Congress to add the [Byrne JAG](term:byrne-jag) conditions.
- **Los Angeles v. Barr (2019).** An appeals court went the other way on a different, competitive grant. Extra points for cooperation were allowed.
- **New York v. DOJ (2020).** Another appeals court upheld the Byrne JAG conditions. This created a [circuit split](term:circuit-split).

In March 2021, after the 2017 order was revoked, the Supreme Court dismissed the pending appeals at the parties&apos; request. The split was left open.</source>
        <extracomment>topics/legal-challenges.json $.topics[0].sections[1].body</extracomment>
        <translation>En 2017, una nueva orden ejecutiva y nuevas condiciones para las subvenciones apuntaron a los lugares &quot;santuario&quot;. Las ciudades demandaron.

- **San Francisco v. Trump (agosto de 2018).** Un tribunal de apelaciones dijo que la parte de la orden sobre fondos era inconstitucional. Solo el Congreso tiene el poder de decidir sobre el dinero público.
- **Chicago (2018 y 2020) y Philadelphia (2019).** Tribunales de apelaciones dijeron que el Congreso no le dio al Departamento de Justicia poder para agregar las condiciones de [Byrne JAG](term:byrne-jag).
- **Los Angeles v. Barr (2019).** Un tribunal de apelaciones decidió lo contrario sobre otra subvención, que era competitiva. Se permitieron puntos extra por cooperar.
- **New York v. DOJ (2020).** Otro tribunal de apelaciones respaldó las condiciones de Byrne JAG. Esto creó una [división entre circuitos](term:circuit-split).

En marzo de 2021, después de que se revocó la orden de 2017, la Corte Suprema desestimó las apelaciones pendientes a pedido de las partes. La división quedó sin resolver.</translation>
    </message>
    <message>
        <source>State laws in court</source>
        <extracomment>topics/legal-challenges.json $.topics[0].sections[2].heading</extracomment>
        <translation>Leyes estatales ante los tribunales</translation>
    </message>
    <message>
        <source>The 2025 funding fight</source>
        <extracomment>topics/legal-challenges.json $.topics[0].sections[3].heading</extracomment>
        <translation>La disputa por los fondos en 2025</translation>
    </message>
    <message>
        <source>The United States sues states and cities</source>
        <extracomment>topics/legal-challenges.json $.topics[0].sections[4].heading</extracomment>
        <translation>Estados Unidos demanda a estados y ciudades</translation>
    </message>
    <message>
        <source>What courts rarely do, and what is still open</source>
        <extracomment>topics/legal-challenges.json $.topics[0].sections[5].heading</extracomment>
        <translation>Lo que los tribunales rara vez hacen y lo que sigue pendiente</translation>
    </message>
    <message>
        <source>Courts have said a detainer is a request under federal law.</source>
        <extracomment>topics/legal-challenges.json $.topics[0].takeaways[0]</extracomment>
        <translation>Los tribunales han dicho que, según la ley federal, una orden de retención migratoria es una solicitud.</translation>
    </message>
    <message>
        <source>Courts blocked most federal funding conditions that Congress did not set, but not all.</source>
        <extracomment>topics/legal-challenges.json $.topics[0].takeaways[2]</extracomment>
        <translation>Los tribunales bloquearon la mayoría de las condiciones para fondos federales que el Congreso no fijó, pero no todas.</translation>
    </message>
    <message>
        <source>Since 2012, many court cases have tested how ICE, states and local police work together. Some asked whether jails may hold people on [detainers](term:detainer). Others asked whether the federal government can cut money to &quot;sanctuary&quot; places or sue them. Here is what courts decided, with dates, and what was still open in our sources (which run to about June 2026).</source>
        <extracomment>topics/legal-challenges.json $.topics[0].summary</extracomment>
        <translation>Desde 2012, muchos casos judiciales han puesto a prueba cómo trabajan juntos ICE, los estados y la policía local. Algunos preguntaron si las cárceles pueden retener a personas por [órdenes de retención migratoria](term:detainer). Otros preguntaron si el gobierno federal puede quitarles dinero a los lugares &quot;santuario&quot; o demandarlos. Aquí está lo que decidieron los tribunales, con fechas, y lo que seguía pendiente en nuestras fuentes (que llegan hasta alrededor de junio de 2026).</translation>
    </message>
    <message>
        <source>- **Galarza (2014).** A U.S. citizen was held about three days after he posted bail. A federal appeals court said detainers are requests, not commands. So the county could be responsible for choosing to hold him.
- **Miranda-Olivares (2014).** A jail in Oregon held a woman 19 hours past her release. A federal court said that was a new [seizure](term:seizure) that needed [probable cause](term:probable-cause). After this, many Oregon jails stopped honoring detainers.
- **Lunn (2017).** Massachusetts&apos;s highest court said holding someone on a detainer is an arrest under state law. State law gives court officers no power to hold a person only on a federal civil detainer. The court left any change to the state legislature.
- **Gonzalez v. ICE (2019 and 2020).** In 2019, a federal trial court in California found ICE broke the Fourth Amendment with detainers based only on database checks. It also faulted detainers sent to states with no law allowing civil immigration arrests. In 2020, an appeals court threw out the parts about database checks and state law. But it said a person held on a detainer needs a quick probable-cause decision by a neutral judge. It sent the case back. What happened next was not confirmed in our sources.

The *Galarza* and *Miranda-Olivares* suits were against counties, under a law often called [Section 1983](term:section-1983). Suits for money against federal officers, called [Bivens](term:bivens) claims, are now very limited.</source>
        <extracomment>topics/legal-challenges.json $.topics[0].sections[0].body</extracomment>
        <translation>- **Galarza (2014).** Un ciudadano estadounidense quedó retenido unos tres días después de pagar su fianza. Un tribunal federal de apelaciones dijo que las órdenes de retención migratoria son solicitudes, no órdenes obligatorias. Por eso, el condado podía ser responsable por decidir retenerlo.
- **Miranda-Olivares (2014).** Una cárcel de Oregón retuvo a una mujer 19 horas después de la hora en que debía salir libre. Un tribunal federal dijo que eso era una nueva [detención](term:seizure) que necesitaba [causa probable](term:probable-cause). Después de esto, muchas cárceles de Oregón dejaron de cumplir las órdenes de retención.
- **Lunn (2017).** El tribunal más alto de Massachusetts dijo que retener a alguien por una orden de retención es un arresto según la ley estatal. La ley estatal no da a los oficiales de los tribunales poder para retener a una persona solo por una orden de retención civil federal. El tribunal dejó cualquier cambio en manos de la legislatura estatal.
- **Gonzalez v. ICE (2019 y 2020).** En 2019, un tribunal federal de primera instancia en California concluyó que ICE violó la Cuarta Enmienda con órdenes de retención basadas solo en búsquedas en bases de datos. También encontró fallas en las órdenes de retención enviadas a estados sin una ley que permita arrestos migratorios civiles. En 2020, un tribunal de apelaciones anuló las partes sobre las búsquedas en bases de datos y sobre la ley estatal. Pero dijo que una persona retenida por una orden de retención necesita que un juez neutral decida pronto si hay causa probable. Devolvió el caso al tribunal inferior. Lo que pasó después no se confirmó en nuestras fuentes.

Las demandas de *Galarza* y *Miranda-Olivares* fueron contra condados, bajo una ley que a menudo se llama [Sección 1983](term:section-1983). Las demandas por dinero contra funcionarios federales, llamadas demandas [Bivens](term:bivens), ahora son muy limitadas.</translation>
    </message>
    <message>
        <source>- **Arizona (2012).** The Supreme Court blocked three parts of Arizona&apos;s SB 1070 as [preempted](term:preemption) by federal law.
- **El Cenizo (May 2018).** An appeals court upheld most of Texas SB 4 (2017), including the rule that jails honor detainers. It said this was not commandeering, because the state was directing its own cities and counties. It struck a ban on officials &quot;endorsing&quot; sanctuary policies.
- **United States v. California (April 2019).** An appeals court said California SB 54 is not preempted. The courts said refusing to help is not the same as getting in the way. The Supreme Court declined to review it in 2020.</source>
        <extracomment>topics/legal-challenges.json $.topics[0].sections[2].body</extracomment>
        <translation>- **Arizona (2012).** La Corte Suprema bloqueó tres partes de la ley SB 1070 de Arizona, porque la ley federal [prevalece sobre ellas](term:preemption).
- **El Cenizo (mayo de 2018).** Un tribunal de apelaciones respaldó la mayor parte de la ley SB 4 de Texas (2017), incluida la regla de que las cárceles cumplan las órdenes de retención migratoria. Dijo que esto no era una &quot;requisición&quot; prohibida (commandeering), porque el estado daba instrucciones a sus propias ciudades y condados. Anuló la prohibición de que los funcionarios &quot;apoyaran&quot; políticas santuario.
- **United States v. California (abril de 2019).** Un tribunal de apelaciones dijo que la ley federal no prevalece sobre la ley SB 54 de California. Los tribunales dijeron que negarse a ayudar no es lo mismo que estorbar. La Corte Suprema se negó a revisar el caso en 2020.</translation>
    </message>
    <message>
        <source>In 2025, new executive orders said sanctuary places should lose federal money. San Francisco and other places sued again.

- **April 24, 2025.** Judge Orrick issued a [preliminary injunction](term:preliminary-injunction). It barred the government from withholding, freezing or adding conditions to funds under parts of two orders and a Justice Department directive.
- **May 2025.** He said a third order could not be used to get around the injunction.
- **August 22, 2025.** He expanded it to Los Angeles, Boston, Chicago, Denver and about 30 more places.
- **December 5, 2025.** The government&apos;s appeal was argued in the Ninth Circuit.
- **About January 20, 2026.** The trial judge denied the government&apos;s motion to dismiss and paused the case while the appeal goes on.

The appeals court decision was not known in our sources (which run to about June 2026).</source>
        <extracomment>topics/legal-challenges.json $.topics[0].sections[3].body</extracomment>
        <translation>En 2025, nuevas órdenes ejecutivas dijeron que los lugares &quot;santuario&quot; debían perder el dinero federal. San Francisco y otros lugares demandaron de nuevo.

- **24 de abril de 2025.** El juez Orrick dictó una [orden judicial preliminar](term:preliminary-injunction) (una medida cautelar). Prohibió al gobierno retener, congelar o poner condiciones a fondos con base en partes de dos órdenes y de una directiva del Departamento de Justicia.
- **Mayo de 2025.** Dijo que no se podía usar una tercera orden para evitar esa orden judicial.
- **22 de agosto de 2025.** La amplió a Los Ángeles, Boston, Chicago, Denver y unos 30 lugares más.
- **5 de diciembre de 2025.** Se presentaron los argumentos orales de la apelación del gobierno ante el Noveno Circuito.
- **Alrededor del 20 de enero de 2026.** El juez de primera instancia negó la moción del gobierno para desestimar el caso. También puso el caso en pausa mientras sigue la apelación.

La decisión del tribunal de apelaciones no se conocía en nuestras fuentes (que llegan hasta alrededor de junio de 2026).</translation>
    </message>
    <message>
        <source>- **United States v. Illinois.** Filed in February 2025 against Illinois, Chicago and Cook County. Dismissed on July 25, 2025. The judge said the [Tenth Amendment](term:tenth-amendment) protects these limits on helping ICE, and federal law does not preempt them. The government did not amend its complaint, so the dismissal became one [with prejudice](term:dismissal-with-prejudice). The government then appealed. The result was not known in our sources.
- **United States v. New York.** About New York&apos;s Protect Our Courts Act. Dismissed on November 17, 2025. The judge said no federal law requires states to help with civil immigration enforcement. Any appeal was not confirmed in our sources.
- **United States v. City of Los Angeles.** According to reports, a judge dismissed this case in June 2026. The reports say the city&apos;s rule covers only its own workers. The government could amend by July 3, 2026. What happened after that is not known in our sources.</source>
        <extracomment>topics/legal-challenges.json $.topics[0].sections[4].body</extracomment>
        <translation>- **United States v. Illinois.** Se presentó en febrero de 2025 contra Illinois, Chicago y el Condado de Cook. Se desestimó el 25 de julio de 2025. El fallo dijo que la [Décima Enmienda](term:tenth-amendment) protege estos límites a la ayuda a ICE, y que la ley federal no prevalece sobre ellos. El gobierno no modificó su demanda, así que la desestimación pasó a ser [con perjuicio](term:dismissal-with-prejudice), es decir, definitiva. Luego, el gobierno apeló. El resultado no se conocía en nuestras fuentes.
- **United States v. New York.** Trata sobre la ley Protect Our Courts Act de Nueva York. Se desestimó el 17 de noviembre de 2025. El fallo dijo que ninguna ley federal obliga a los estados a ayudar con el control migratorio civil. En nuestras fuentes no se confirmó ninguna apelación.
- **United States v. City of Los Angeles.** Según reportes, un tribunal desestimó este caso en junio de 2026. Los reportes dicen que la norma de la ciudad solo se aplica a sus propios empleados. El gobierno podía modificar su demanda hasta el 3 de julio de 2026. En nuestras fuentes no se sabe qué pasó después.</translation>
    </message>
    <message>
        <source>Courts rarely refuse immigration cases as a &quot;[political question](term:political-question-doctrine).&quot; They usually decide them on the merits, as in *Arizona* (2012) and *Trump v. Hawaii* (2018). The real limits are different. Courts defer to executive choices, apply [standing](term:standing) rules and follow laws that limit their [jurisdiction](term:jurisdiction), or power to hear a case. A choice not to enforce is usually not reviewable.

In our sources (which run to about June 2026), these were still pending or not confirmed:

- the Ninth Circuit appeal in the 2025 San Francisco case;
- the Seventh Circuit appeal in *United States v. Illinois*;
- any appeal in *United States v. New York*;
- anything after July 3, 2026 in the Los Angeles case;
- the U.S. suits against New Jersey cities and New York City;
- the full Fifth Circuit&apos;s rehearing ([en banc](term:en-banc)) of Texas SB 4 (2023), a state illegal-entry law;
- the Supreme Court&apos;s handling of Florida SB 4-C (2025), another state illegal-entry law.</source>
        <extracomment>topics/legal-challenges.json $.topics[0].sections[5].body</extracomment>
        <translation>Los tribunales rara vez rechazan casos de inmigración por ser una &quot;[cuestión política](term:political-question-doctrine)&quot;. Por lo general, deciden el fondo del asunto, como en *Arizona* (2012) y *Trump v. Hawaii* (2018). Los límites reales son otros. Los tribunales respetan las decisiones del poder ejecutivo, aplican las reglas de [legitimación (para demandar)](term:standing) y siguen las leyes que limitan su [jurisdicción](term:jurisdiction), es decir, su poder para ver un caso. Por lo general, la decisión de no hacer cumplir la ley no se puede revisar.

En nuestras fuentes (que llegan hasta alrededor de junio de 2026), estos asuntos seguían pendientes o sin confirmar:

- la apelación ante el Noveno Circuito en el caso de San Francisco de 2025;
- la apelación ante el Séptimo Circuito en *United States v. Illinois*;
- cualquier apelación en *United States v. New York*;
- cualquier novedad después del 3 de julio de 2026 en el caso de Los Ángeles;
- las demandas de EE. UU. contra ciudades de Nueva Jersey y contra la Ciudad de Nueva York;
- la nueva revisión por el Quinto Circuito en pleno ([en banc](term:en-banc)) de la ley SB 4 de Texas (2023), una ley estatal sobre la entrada ilegal;
- lo que hizo la Corte Suprema con la ley SB 4-C de Florida (2025), otra ley estatal sobre la entrada ilegal.</translation>
    </message>
    <message>
        <source>Some federal courts have said holding someone past release on a detainer is a new seizure that needs probable cause.</source>
        <extracomment>topics/legal-challenges.json $.topics[0].takeaways[1]</extracomment>
        <translation>Algunos tribunales federales han dicho que retener a alguien por una orden de retención después de la hora de su liberación es una nueva detención que necesita causa probable.</translation>
    </message>
    <message>
        <source>In 2025, two federal trial courts dismissed U.S. suits against Illinois and New York laws. Appeals could change that.</source>
        <extracomment>topics/legal-challenges.json $.topics[0].takeaways[3]</extracomment>
        <translation>En 2025, dos tribunales federales de primera instancia desestimaron demandas de EE. UU. contra leyes de Illinois y de Nueva York. Las apelaciones podrían cambiar eso.</translation>
    </message>
    <message>
        <source>In our sources (which run to about June 2026), several appeals were still pending or not confirmed.</source>
        <extracomment>topics/legal-challenges.json $.topics[0].takeaways[4]</extracomment>
        <translation>En nuestras fuentes (que llegan hasta alrededor de junio de 2026), varias apelaciones seguían pendientes o sin confirmar.</translation>
    </message>
</context>
<context>
    <name>content/topic/mandamus</name>
    <message>
        <source>The writ of mandamus</source>
        <extracomment>topics/mandamus.json $.topics[0].title</extracomment>
        <translation>El recurso de mandamus</translation>
    </message>
    <message>
        <source>A [writ of mandamus](term:mandamus) is a court order. It tells a federal official to do a clear duty that the law requires. It can make an official *act*, such as decide a case that has waited too long. It cannot make the official decide a certain way, and it is not a tool to make an agency *stop* doing something.</source>
        <extracomment>topics/mandamus.json $.topics[0].summary</extracomment>
        <translation>Un [recurso de mandamus](term:mandamus) es una orden de un tribunal. Le dice a un funcionario federal que cumpla un deber claro que la ley exige. Puede obligar a un funcionario a *actuar*, por ejemplo, a decidir un caso que ha esperado demasiado. No puede obligarle a decidir de una manera determinada, y no es una herramienta para que una agencia *deje* de hacer algo.</translation>
    </message>
    <message>
        <source>What mandamus is</source>
        <extracomment>topics/mandamus.json $.topics[0].sections[0].heading</extracomment>
        <translation>Qué es el mandamus</translation>
    </message>
    <message>
        <source>A [writ of mandamus](term:mandamus) is an old kind of court order. The name is Latin for &quot;we command.&quot;

A 1962 federal law, [28 U.S.C. §1361](source:usc-28-1361), lets federal trial courts hear these cases. The case asks the court to order a federal officer or agency to do a duty owed to the person who sued. It is aimed at officers, not at the United States as a whole. It does not create any new rights.

The Supreme Court calls mandamus &quot;drastic&quot; and &quot;extraordinary.&quot; Courts use it only in rare cases. Appeals courts have a related power to correct a lower court in extreme cases.</source>
        <extracomment>topics/mandamus.json $.topics[0].sections[0].body</extracomment>
        <translation>Un [recurso de mandamus](term:mandamus) es un tipo antiguo de orden judicial. El nombre viene del latín y significa &quot;ordenamos&quot;.

Una ley federal de 1962, [28 U.S.C. §1361](source:usc-28-1361), permite que los tribunales federales de primera instancia vean estos casos. En el caso, se le pide al tribunal que ordene a un funcionario o a una agencia federal cumplir un deber que tiene con la persona que demandó. Está dirigido a funcionarios, no a Estados Unidos en su conjunto. No crea derechos nuevos.

La Corte Suprema dice que el mandamus es &quot;drástico&quot; y &quot;extraordinario&quot;. Los tribunales lo usan solo en casos poco comunes. Los tribunales de apelaciones tienen un poder parecido para corregir a un tribunal inferior en casos extremos.</translation>
    </message>
    <message>
        <source>Three things a court looks for</source>
        <extracomment>topics/mandamus.json $.topics[0].sections[1].heading</extracomment>
        <translation>Tres cosas que busca un tribunal</translation>
    </message>
    <message>
        <source>A decision, never an approval</source>
        <extracomment>topics/mandamus.json $.topics[0].sections[2].heading</extracomment>
        <translation>Una decisión, nunca una aprobación</translation>
    </message>
    <message>
        <source>Mandamus can order an official to *act*. It cannot tell the official *how* to use their judgment.

So a court can order an agency to decide a long-delayed application. It cannot order the agency to approve it. The answer could still be no.

The same goes for a duty and a choice. If the law leaves something to the official&apos;s judgment, mandamus cannot force one choice over another.</source>
        <extracomment>topics/mandamus.json $.topics[0].sections[2].body</extracomment>
        <translation>El mandamus puede ordenar a un funcionario que *actúe*. No puede decirle *cómo* usar su criterio.

Así, un tribunal puede ordenar a una agencia que decida una solicitud muy atrasada. No puede ordenarle que la apruebe. La respuesta todavía podría ser que no.

Lo mismo vale para la diferencia entre un deber y una opción. Si la ley deja algo al criterio del funcionario, el mandamus no puede obligarle a elegir una opción en vez de otra.</translation>
    </message>
    <message>
        <source>Its neighbors: other tools courts use</source>
        <extracomment>topics/mandamus.json $.topics[0].sections[3].heading</extracomment>
        <translation>Sus vecinos: otras herramientas de los tribunales</translation>
    </message>
    <message>
        <source>Delayed immigration applications</source>
        <extracomment>topics/mandamus.json $.topics[0].sections[4].heading</extracomment>
        <translation>Solicitudes de inmigración atrasadas</translation>
    </message>
    <message>
        <source>Why suits against ICE rarely fit</source>
        <extracomment>topics/mandamus.json $.topics[0].sections[5].heading</extracomment>
        <translation>Por qué las demandas contra ICE rara vez encajan</translation>
    </message>
    <message>
        <source>Mandamus is a poor fit for most ICE actions. Whom to arrest, when to start a case, and whether to carry out a removal order are mostly choices, not clear duties. A [jurisdiction-stripping law](term:jurisdiction-stripping), 8 U.S.C. §1252(g), also bars many claims about starting cases, deciding them or carrying out removal orders.

Suits asking ICE to enforce *more* also face a wall. In *Heckler v. Chaney* (1985), the Supreme Court said an agency&apos;s choice not to enforce is usually not reviewable. In 2023, two states lacked [standing](term:standing), the right to sue, to challenge ICE&apos;s enforcement priorities. A 2025 law, the Laken Riley Act, now lets state attorneys general sue over some release and detention failures.

So people use other tools. Detention is challenged through habeas corpus. Broad policies are challenged under the APA or the Constitution, within the limits above.</source>
        <extracomment>topics/mandamus.json $.topics[0].sections[5].body</extracomment>
        <translation>El mandamus no encaja bien con la mayoría de las acciones de ICE. A quién arrestar, cuándo iniciar un caso y si ejecutar una orden de deportación son, sobre todo, decisiones a criterio de la agencia, no deberes claros. Una [ley que quita jurisdicción](term:jurisdiction-stripping) a los tribunales, 8 U.S.C. §1252(g), también impide muchos reclamos sobre iniciar casos, decidirlos o ejecutar órdenes de deportación.

Las demandas que piden que ICE haga cumplir *más* la ley también chocan con un muro. En *Heckler v. Chaney* (1985), la Corte Suprema dijo que, por lo general, la decisión de una agencia de no hacer cumplir la ley no se puede revisar. En 2023, dos estados no tenían [legitimación](term:standing), es decir, el derecho a demandar, para impugnar las prioridades de control de ICE. Una ley de 2025, la Laken Riley Act, ahora permite que los fiscales generales de los estados demanden por algunas fallas en liberaciones y detenciones.

Por eso, las personas usan otras herramientas. La detención se impugna por medio de un hábeas corpus. Las políticas amplias se impugnan según la APA o la Constitución, dentro de los límites descritos arriba.</translation>
    </message>
    <message>
        <source>Mandamus orders an official to do a clear duty. It cannot order a certain result.</source>
        <extracomment>topics/mandamus.json $.topics[0].takeaways[0]</extracomment>
        <translation>El mandamus ordena a un funcionario cumplir un deber claro. No puede ordenar un resultado determinado.</translation>
    </message>
    <message>
        <source>A court looks for a clear right, a clear duty with no room for choice, and no other adequate remedy.</source>
        <extracomment>topics/mandamus.json $.topics[0].takeaways[1]</extracomment>
        <translation>Un tribunal busca un derecho claro, un deber claro sin margen para elegir y que no haya otro recurso adecuado.</translation>
    </message>
    <message>
        <source>A delay suit can at most lead to a decision, not an approval.</source>
        <extracomment>topics/mandamus.json $.topics[0].takeaways[2]</extracomment>
        <translation>Una demanda por demora, como máximo, puede llevar a una decisión, no a una aprobación.</translation>
    </message>
    <message>
        <source>To stop unlawful action, courts use other tools: injunctions, setting aside under the APA, and habeas corpus.</source>
        <extracomment>topics/mandamus.json $.topics[0].takeaways[3]</extracomment>
        <translation>Para detener acciones ilegales, los tribunales usan otras herramientas: órdenes judiciales para prohibir algo, la anulación según la APA y el hábeas corpus.</translation>
    </message>
    <message>
        <source>Most ICE enforcement choices are discretionary, so mandamus rarely fits.</source>
        <extracomment>topics/mandamus.json $.topics[0].takeaways[4]</extracomment>
        <translation>La mayoría de las decisiones de control de ICE quedan a su criterio, así que el mandamus rara vez encaja.</translation>
    </message>
    <message>
        <source>Before it grants mandamus against an official, a court usually looks for three things:

- **A clear right.** The person asking has a clear right to what they want.
- **A clear duty.** The official has a clear duty to act. It must be a [ministerial duty](term:ministerial-duty). That means the law requires it and leaves no choice. It cannot be a matter of [discretion](term:discretion), where the law lets the official choose.
- **No other adequate remedy.** There is no other good way to get relief.

If one is missing, mandamus usually does not fit. Even with all three, the court can still decide the writ does not fit the situation.</source>
        <extracomment>topics/mandamus.json $.topics[0].sections[1].body</extracomment>
        <translation>Antes de conceder un mandamus contra un funcionario, un tribunal por lo general busca tres cosas:

- **Un derecho claro.** La persona que lo pide tiene un derecho claro a lo que quiere.
- **Un deber claro.** El funcionario tiene un deber claro de actuar. Debe ser un [deber ministerial](term:ministerial-duty). Eso quiere decir que la ley lo exige y no deja opción. No puede ser un asunto de [discreción](term:discretion), en el que la ley deja que el funcionario elija.
- **Ningún otro recurso adecuado.** No hay otra buena manera de obtener una solución.

Si falta una de las tres, por lo general el mandamus no es apropiado. Aun si están las tres, el tribunal puede decidir que el recurso no es apropiado para la situación.</translation>
    </message>
    <message>
        <source>Other court tools sit close to mandamus. Each does a different job.

- **Compelling action under the APA.** The [Administrative Procedure Act](term:apa) lets a court order an agency to take an action it must take but has held back or delayed too long. In delay cases, most courts use this more than mandamus. They weigh the [TRAC factors](term:trac-factors). Practice guides say these include how long is reasonable and whether health or welfare is at stake.
- **Setting aside under the APA.** A court can also hold agency action unlawful and set it aside. This is called [vacatur](term:vacatur). It, not mandamus, is the APA tool against unlawful action.
- **[Injunctions](term:injunction) and [declaratory judgments](term:declaratory-judgment).** These can stop unlawful conduct or state what the law is. Their use has narrowed. In 2022, *Aleman Gonzalez* said lower courts cannot issue [class-wide](term:class-action) orders that block parts of the removal laws. In 2025, *Trump v. CASA* limited [universal injunctions](term:universal-injunction).
- **[Habeas corpus](term:habeas-corpus).** This is the usual way to challenge unlawful detention. In 2025, in *J.G.G.*, a case about removals under the Alien Enemies Act, the Supreme Court said some challenges to detention belong in habeas, in the district where the person is held.</source>
        <extracomment>topics/mandamus.json $.topics[0].sections[3].body</extracomment>
        <translation>Otras herramientas de los tribunales están cerca del mandamus. Cada una cumple una función diferente.

- **Obligar a actuar según la APA.** La [Ley de Procedimiento Administrativo](term:apa) (APA) permite que un tribunal ordene a una agencia tomar una medida que debe tomar, pero que no ha tomado o ha atrasado demasiado. En los casos de demora, la mayoría de los tribunales usan esta vía más que el mandamus. Evalúan los [factores TRAC](term:trac-factors). Según guías prácticas, estos incluyen cuánto tiempo es razonable y si están en juego la salud o el bienestar.
- **Anular según la APA.** Un tribunal también puede declarar ilegal una acción de una agencia y dejarla sin efecto. Esto se llama [vacatur](term:vacatur) (anulación). Esta herramienta, y no el mandamus, es la que ofrece la APA contra las acciones ilegales.
- **[Órdenes judiciales para prohibir o exigir algo](term:injunction) y [sentencias declarativas](term:declaratory-judgment).** Pueden detener una conducta ilegal o declarar lo que dice la ley. Su uso se ha reducido. En 2022, *Aleman Gonzalez* dijo que los tribunales inferiores no pueden dictar órdenes [para todo un grupo](term:class-action) que bloqueen partes de las leyes de deportación. En 2025, *Trump v. CASA* limitó las [órdenes judiciales universales](term:universal-injunction).
- **[Hábeas corpus](term:habeas-corpus).** Es la vía habitual para impugnar una detención ilegal. En 2025, en *J.G.G.*, un caso sobre deportaciones bajo la Alien Enemies Act (Ley de Enemigos Extranjeros), la Corte Suprema dijo que algunas impugnaciones de la detención se deben presentar por hábeas corpus, en el distrito donde está detenida la persona.</translation>
    </message>
    <message>
        <source>The most common immigration use is a delay case. A person has waited a long time for [USCIS](term:uscis) to decide an application. Examples include green card, asylum and family cases. A law also requires agencies to finish matters within a reasonable time.

These suits have real limits:

- At most, they force a *decision*, not an *approval*.
- Practice guides say filing often leads the agency to act. Many of these results are never published.
- Courts are split on whether a law, 8 U.S.C. §1252(a)(2)(B)(ii), blocks claims about the *speed* of processing.
- No result is guaranteed.

For a citizenship (N-400) case not decided within 120 days after the interview, practice guides point to a special rule. Under it, a court may decide the case or send it back to USCIS.</source>
        <extracomment>topics/mandamus.json $.topics[0].sections[4].body</extracomment>
        <translation>El uso más común en inmigración es un caso por demora. Una persona ha esperado mucho tiempo a que [USCIS](term:uscis) decida una solicitud. Algunos ejemplos son casos de residencia permanente (green card), de asilo y de familia. Una ley también exige que las agencias terminen los asuntos dentro de un tiempo razonable.

Estas demandas tienen límites reales:

- Como máximo, obligan a tomar una *decisión*, no a dar una *aprobación*.
- Según guías prácticas, presentar la demanda a menudo hace que la agencia actúe. Muchos de estos resultados nunca se publican.
- Los tribunales no están de acuerdo sobre si una ley, 8 U.S.C. §1252(a)(2)(B)(ii), impide los reclamos sobre la *rapidez* del trámite.
- Ningún resultado está garantizado.

Para un caso de ciudadanía (N-400) que no se decide dentro de los 120 días después de la entrevista, las guías prácticas señalan una regla especial. Según esa regla, un tribunal puede decidir el caso o devolverlo a USCIS.</translation>
    </message>
</context>
<context>
    <name>content/topic/partnerships</name>
    <message>
        <source>How ICE works with local police</source>
        <extracomment>topics/partnerships.json $.topics[0].title</extracomment>
        <translation>Cómo trabaja ICE con la policía local</translation>
    </message>
    <message>
        <source>[ICE](term:ice) is the federal agency that enforces immigration law inside the country. It works with state and local police through [287(g) agreements](term:287g-agreement), fingerprint checks at jails, and [detainers](term:detainer). State laws then shape how much local police help.</source>
        <extracomment>topics/partnerships.json $.topics[0].summary</extracomment>
        <translation>[ICE](term:ice) (Servicio de Inmigración y Control de Aduanas) es la agencia federal que hace cumplir las leyes de inmigración dentro del país. Trabaja con la policía estatal y local por medio de [acuerdos 287(g)](term:287g-agreement), revisiones de huellas digitales en las cárceles y [órdenes de retención migratoria](term:detainer). Luego, las leyes estatales definen cuánto ayuda la policía local.</translation>
    </message>
    <message>
        <source>287(g) agreements and their three models</source>
        <extracomment>topics/partnerships.json $.topics[0].sections[0].heading</extracomment>
        <translation>Los acuerdos 287(g) y sus tres modelos</translation>
    </message>
    <message>
        <source>A [287(g) agreement](term:287g-agreement) is a written deal between ICE and a state or local agency. It comes from a 1996 law, [8 U.S.C. §1357(g)](source:usc-8-1357). Some local officers get training. Then they may do certain tasks of a federal immigration officer. They work under ICE supervision, for a set time.

There are three models today:

- **[Jail Enforcement Model](term:jail-enforcement-model) (JEM).** Trained jail staff ask people already in jail about their immigration status. They check federal records. They can prepare detainers and other papers.
- **[Warrant Service Officer](term:warrant-service-officer) (WSO).** Trained officers serve ICE&apos;s own [administrative warrants](term:administrative-warrant) on people already in their jail. Some people call it &quot;287(g)-lite.&quot;
- **[Task Force Model](term:task-force-model) (TFM).** Officers may use some immigration powers during normal police work in the community. This includes questioning and arrest, with ICE oversight. It is the broadest model.</source>
        <extracomment>topics/partnerships.json $.topics[0].sections[0].body</extracomment>
        <translation>Un [acuerdo 287(g)](term:287g-agreement) es un acuerdo por escrito entre ICE y una agencia estatal o local. Viene de una ley de 1996, [8 U.S.C. §1357(g)](source:usc-8-1357). Algunos agentes locales reciben capacitación. Después, pueden hacer ciertas tareas de un oficial federal de inmigración. Trabajan bajo la supervisión de ICE, por un tiempo fijo.

Hoy hay tres modelos:

- **[Modelo de Control en las Cárceles](term:jail-enforcement-model) (JEM).** Personal capacitado de la cárcel pregunta por su estatus migratorio a personas que ya están en la cárcel. Revisa registros federales. Puede preparar órdenes de retención migratoria y otros documentos.
- **[Oficial de Servicio de Órdenes](term:warrant-service-officer) (WSO).** Agentes capacitados entregan una [orden administrativa](term:administrative-warrant) del propio ICE a personas que ya están en su cárcel. Algunas personas lo llaman &quot;287(g)-lite&quot; (287(g) ligero).
- **[Modelo de Grupo de Trabajo](term:task-force-model) (TFM).** Los agentes pueden usar algunos poderes de inmigración durante su trabajo policial normal en la comunidad. Esto incluye interrogar y arrestar, con supervisión de ICE. Es el modelo más amplio.</translation>
    </message>
    <message>
        <source>Fingerprints at the jail: Secure Communities</source>
        <extracomment>topics/partnerships.json $.topics[0].sections[2].heading</extracomment>
        <translation>Huellas digitales en la cárcel: Comunidades Seguras</translation>
    </message>
    <message>
        <source>When a jail books someone, it takes fingerprints. Those prints already go to the FBI. Under [Secure Communities](term:secure-communities), which began in 2008, they are also checked against a DHS records system called [IDENT](term:ident). If there is a match, ICE is alerted. ICE then decides whether to send a detainer.

This check happens on its own. A local agency cannot opt out of it. The program spread to all 3,181 jurisdictions in the country. What a local agency controls is what happens next. It can decide whether to honor detainers and whether to tell ICE when a person will be released, unless state law decides for it.

In November 2014, DHS ended Secure Communities &quot;as we know it.&quot; It pointed to lawsuits, local pushback and court rulings about detainers. The new [Priority Enforcement Program](term:priority-enforcement-program) still used the same fingerprint link. Summaries of DHS records say a 2017 executive order brought Secure Communities back.</source>
        <extracomment>topics/partnerships.json $.topics[0].sections[2].body</extracomment>
        <translation>Cuando una cárcel registra el ingreso de una persona, le toma las huellas digitales. Esas huellas ya se envían al FBI. Con [Comunidades Seguras](term:secure-communities), que empezó en 2008, también se comparan con un sistema de registros del DHS llamado [IDENT](term:ident). Si hay una coincidencia, ICE recibe un aviso. Luego, ICE decide si envía una orden de retención migratoria.

Esta revisión ocurre de forma automática. Una agencia local no puede negarse a ella. El programa se extendió a las 3,181 jurisdicciones del país. Lo que una agencia local controla es lo que pasa después. Puede decidir si cumple las órdenes de retención y si avisa a ICE cuándo saldrá libre una persona, a menos que la ley estatal decida por ella.

En noviembre de 2014, el DHS terminó Comunidades Seguras &quot;tal como lo conocemos&quot;. Mencionó las demandas, la oposición local y los fallos judiciales sobre órdenes de retención. El nuevo [Priority Enforcement Program](term:priority-enforcement-program) (Programa de Prioridades de Control) siguió usando la misma conexión de huellas. Según resúmenes de registros del DHS, una orden ejecutiva de 2017 restableció Comunidades Seguras.</translation>
    </message>
    <message>
        <source>Detainers and warrants</source>
        <extracomment>topics/partnerships.json $.topics[0].sections[3].heading</extracomment>
        <translation>Órdenes de retención migratoria y órdenes de arresto</translation>
    </message>
    <message>
        <source>Sharing information: 8 U.S.C. §1373</source>
        <extracomment>topics/partnerships.json $.topics[0].sections[4].heading</extracomment>
        <translation>Compartir información: 8 U.S.C. §1373</translation>
    </message>
    <message>
        <source>State laws push in different directions</source>
        <extracomment>topics/partnerships.json $.topics[0].sections[5].heading</extracomment>
        <translation>Las leyes estatales van en direcciones distintas</translation>
    </message>
    <message>
        <source>A 287(g) agreement is written. Trained local officers do some ICE tasks, under ICE supervision.</source>
        <extracomment>topics/partnerships.json $.topics[0].takeaways[0]</extracomment>
        <translation>Un acuerdo 287(g) es por escrito. Agentes locales capacitados hacen algunas tareas de ICE, bajo la supervisión de ICE.</translation>
    </message>
    <message>
        <source>Jail fingerprints are checked against DHS records automatically. Local agencies cannot opt out of that check.</source>
        <extracomment>topics/partnerships.json $.topics[0].takeaways[1]</extracomment>
        <translation>Las huellas digitales tomadas en la cárcel se comparan de forma automática con los registros del DHS. Las agencias locales no pueden negarse a esa revisión.</translation>
    </message>
    <message>
        <source>Under federal law, a detainer is a request, not a command. Some states require their jails to honor detainers anyway.</source>
        <extracomment>topics/partnerships.json $.topics[0].takeaways[2]</extracomment>
        <translation>Según la ley federal, una orden de retención migratoria es una solicitud, no un mandato. Aun así, algunos estados exigen que sus cárceles cumplan las órdenes de retención.</translation>
    </message>
    <message>
        <source>An administrative warrant is signed by an immigration officer. A judicial warrant is signed by a judge.</source>
        <extracomment>topics/partnerships.json $.topics[0].takeaways[3]</extracomment>
        <translation>Una orden administrativa la firma un oficial de inmigración. Una orden judicial la firma un juez.</translation>
    </message>
    <message>
        <source>Counts of 287(g) agreements differ, because sources count different things.</source>
        <extracomment>topics/partnerships.json $.topics[0].takeaways[4]</extracomment>
        <translation>Los conteos de acuerdos 287(g) no coinciden, porque las fuentes cuentan cosas diferentes.</translation>
    </message>
    <message>
        <source>State laws range from requiring cooperation to forbidding it.</source>
        <extracomment>topics/partnerships.json $.topics[0].takeaways[5]</extracomment>
        <translation>Las leyes estatales van desde exigir la cooperación hasta prohibirla.</translation>
    </message>
    <message>
        <source>How 287(g) grew, shrank and grew again</source>
        <extracomment>topics/partnerships.json $.topics[0].sections[1].heading</extracomment>
        <translation>Cómo el 287(g) creció, se redujo y volvió a crecer</translation>
    </message>
    <message>
        <source>The first agreement was signed in 2002, with the Florida Department of Law Enforcement. By 2011, 72 agencies took part. In December 2012, ICE said it would not renew any Task Force agreements. It said fingerprint checks through [Secure Communities](term:secure-communities) were a better use of money.

The program then shrank, to 35 agencies by January 2017. It grew again to 150 by September 2020. In January 2025, a new [executive order](source:eo-14159) told DHS to sign as many agreements as the law allows. Reports say ICE began signing Task Force agreements again in early 2025.

Growth since then has been fast. Counts went from about 135 in January 2025 to more than 1,000 by September 2025, per ICE figures reported in the news. One tracker counted more than 1,500 in early March 2026. Newer counts were not found.

Be careful with these numbers. Some counts are [agreements](term:memorandum-of-agreement), and some are agencies. One agency can hold more than one model. ICE&apos;s public list is a snapshot that gets replaced.</source>
        <extracomment>topics/partnerships.json $.topics[0].sections[1].body</extracomment>
        <translation>El primer acuerdo se firmó en 2002, con el Departamento de Aplicación de la Ley de Florida (Florida Department of Law Enforcement). Para 2011, participaban 72 agencias. En diciembre de 2012, ICE dijo que no renovaría ningún acuerdo del modelo de Grupo de Trabajo. Dijo que las revisiones de huellas digitales por medio de [Comunidades Seguras](term:secure-communities) eran un mejor uso del dinero.

Después, el programa se redujo, hasta 35 agencias en enero de 2017. Volvió a crecer hasta 150 en septiembre de 2020. En enero de 2025, una nueva [orden ejecutiva](source:eo-14159) le ordenó al DHS firmar tantos acuerdos como permita la ley. Según reportes, ICE volvió a firmar acuerdos del modelo de Grupo de Trabajo a principios de 2025.

Desde entonces, el crecimiento ha sido rápido. El número pasó de unos 135 en enero de 2025 a más de 1,000 en septiembre de 2025, según datos de ICE publicados en las noticias. Un sitio que lleva la cuenta contó más de 1,500 a principios de marzo de 2026. No se encontraron cifras más recientes.

Tenga cuidado con estas cifras. Algunas cuentan [acuerdos](term:memorandum-of-agreement) y otras cuentan agencias. Una agencia puede tener más de un modelo. La lista pública de ICE muestra un solo momento y se reemplaza con cada nueva versión.</translation>
    </message>
    <message>
        <source>A [detainer](term:detainer) is a form ICE sends to a jail or another police agency. Federal rules call it a *request*. It asks the jail to tell ICE before it releases a person. It also asks the jail to keep the person up to 48 hours longer, so ICE can take [custody](term:custody). The 48 hours do not count Saturdays, Sundays or holidays.

Since April 2, 2017, ICE has used [Form I-247A](term:form-i-247a). ICE policy says officers need [probable cause](term:probable-cause), which means a fair reason based on facts. Each detainer must come with a signed [Form I-200](term:form-i-200) or [Form I-205](term:form-i-205).

Those two forms are [administrative warrants](term:administrative-warrant). An immigration officer signs them, not a judge. A [judicial warrant](term:judicial-warrant) is different. A court issues it, and a judge signs it. Longstanding guidance says an administrative warrant alone does not let officers enter a home without consent. A 2025 ICE memo says a Form I-205 alone can allow forced entry in some cases. Whether that is legal is disputed.</source>
        <extracomment>topics/partnerships.json $.topics[0].sections[3].body</extracomment>
        <translation>Una [orden de retención migratoria](term:detainer) es un formulario que ICE envía a una cárcel o a otra agencia policial. Las normas federales la llaman una *solicitud*. Le pide a la cárcel que avise a ICE antes de liberar a una persona. También le pide que mantenga a la persona hasta 48 horas más, para que ICE pueda tomar su [custodia](term:custody). Las 48 horas no cuentan sábados, domingos ni días feriados.

Desde el 2 de abril de 2017, ICE usa el [Formulario I-247A](term:form-i-247a). La política de ICE dice que los oficiales necesitan [causa probable](term:probable-cause), es decir, una razón justa basada en hechos. Cada orden de retención debe ir acompañada de un [Formulario I-200](term:form-i-200) o un [Formulario I-205](term:form-i-205) firmado.

Esos dos formularios son [órdenes administrativas](term:administrative-warrant). Los firma un oficial de inmigración, no un juez. Una [orden judicial](term:judicial-warrant) es diferente: la emite un tribunal y la firma un juez. Según pautas usadas desde hace años, una orden administrativa por sí sola no permite que los agentes entren a una vivienda sin consentimiento. Un memorando de ICE de 2025 dice que, en algunos casos, un Formulario I-205 por sí solo puede permitir la entrada por la fuerza. Se discute si eso es legal.</translation>
    </message>
    <message>
        <source>A 1996 law, [8 U.S.C. §1373](source:usc-8-1373), is about sharing information. It says no government may stop its officials from sending or receiving information about a person&apos;s citizenship or immigration status. You can read more in [Section 1373](term:section-1373).

Courts do not agree on how far it goes. In 2018, two trial courts said it breaks the [anti-commandeering](term:anti-commandeering) rule, which stops Congress from giving orders to states. The Ninth Circuit read it narrowly, to cover only status information. The Second Circuit upheld a grant condition that asked cities to promise they follow it. The question is still open nationwide.</source>
        <extracomment>topics/partnerships.json $.topics[0].sections[4].body</extracomment>
        <translation>Una ley de 1996, [8 U.S.C. §1373](source:usc-8-1373), trata sobre compartir información. Dice que ningún gobierno puede impedir que sus funcionarios envíen o reciban información sobre la ciudadanía o el estatus migratorio de una persona. Puede leer más en [Sección 1373](term:section-1373).

Los tribunales no están de acuerdo sobre su alcance. En 2018, dos tribunales de primera instancia dijeron que viola la regla [contra la requisición (anti-commandeering)](term:anti-commandeering), que impide que el Congreso dé órdenes a los estados. El Noveno Circuito la interpretó de forma limitada: solo cubre información sobre el estatus. El Segundo Circuito respaldó una condición de subvención que pedía a las ciudades prometer que la cumplían. La pregunta sigue abierta a nivel nacional.</translation>
    </message>
    <message>
        <source>States make their own choices, and they differ a lot.

**Some states require cooperation.**

- Texas SB 4 (2017) bans local [sanctuary policies](term:sanctuary-policy) and requires jails to honor detainers. An appeals court upheld most of it in 2018.
- Texas SB 8 (2025) requires sheriffs who run jails to ask for a 287(g) agreement. It took effect on January 1, 2026. From December 1, 2026, the state attorney general may sue sheriffs who have not complied.
- Florida&apos;s chapter 908 (2019) requires agencies to honor detainers. Since 2022, county jails must have a 287(g) agreement. A 2025 law says ending one needs a state board&apos;s approval. All 67 Florida sheriffs take part in at least one model.
- Georgia HB 1105 (2024) requires sheriffs to apply for 287(g). It cannot make ICE say yes.

**Some states limit or forbid it.**

- California SB 54 (2017) limits how state and local police help with immigration enforcement. An appeals court upheld it in 2019.
- The Illinois TRUST Act (2017) also limits cooperation.
- New York&apos;s Protect Our Courts Act (2020) bars civil immigration arrests of people going to, at, or leaving state courts, unless agents have a warrant signed by a judge.
- Some states ban 287(g) agreements. Maryland passed a ban in February 2026, and nine agencies had to end their agreements.

Where state law says nothing, each local agency decides, within federal law.</source>
        <extracomment>topics/partnerships.json $.topics[0].sections[5].body</extracomment>
        <translation>Los estados toman sus propias decisiones, y son muy diferentes entre sí.

**Algunos estados exigen la cooperación.**

- La ley SB 4 de Texas (2017) prohíbe las [políticas santuario](term:sanctuary-policy) locales y exige que las cárceles cumplan las órdenes de retención migratoria. Un tribunal de apelaciones respaldó la mayor parte de esta ley en 2018.
- La ley SB 8 de Texas (2025) exige que los alguaciles (sheriffs) que administran cárceles pidan un acuerdo 287(g). Entró en vigor el 1 de enero de 2026. A partir del 1 de diciembre de 2026, el fiscal general del estado puede demandar a los alguaciles que no hayan cumplido.
- El capítulo 908 de las leyes de Florida (2019) exige que las agencias cumplan las órdenes de retención. Desde 2022, las cárceles de los condados deben tener un acuerdo 287(g). Una ley de 2025 dice que, para terminar un acuerdo, se necesita la aprobación de una junta estatal. Los 67 alguaciles de Florida participan en al menos un modelo.
- La ley HB 1105 de Georgia (2024) exige que los alguaciles soliciten el 287(g). No puede obligar a ICE a aceptar.

**Algunos estados la limitan o la prohíben.**

- La ley SB 54 de California (2017) limita cómo la policía estatal y local ayuda en el control migratorio. Un tribunal de apelaciones la respaldó en 2019.
- La ley TRUST Act de Illinois (2017) también limita la cooperación.
- La ley Protect Our Courts Act de Nueva York (2020) prohíbe los arrestos civiles de inmigración de personas que van a los tribunales estatales, que están en ellos o que salen de ellos, a menos que los agentes tengan una orden judicial firmada por un juez.
- Algunos estados prohíben los acuerdos 287(g). Maryland aprobó una prohibición en febrero de 2026, y nueve agencias tuvieron que terminar sus acuerdos.

Donde la ley estatal no dice nada, cada agencia local decide, dentro de lo que permite la ley federal.</translation>
    </message>
</context>
<context>
    <name>content/topic/what-you-can-do</name>
    <message>
        <source>What you can do: rights and finding help</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].title</extracomment>
        <translation>Lo que usted puede hacer: derechos y cómo encontrar ayuda</translation>
    </message>
    <message>
        <source>This part shares widely published know-your-rights information. It explains how to find real legal help and how to spot scams. It is general information, not advice for your own case.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].summary</extracomment>
        <translation>Esta parte comparte información muy difundida del tipo &quot;conozca sus derechos&quot;. Explica cómo encontrar ayuda legal real y cómo reconocer las estafas. Es información general, no asesoría para su propio caso.</translation>
    </message>
    <message>
        <source>If officers come to your door</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[0].heading</extracomment>
        <translation>Si los agentes llegan a su puerta</translation>
    </message>
    <message>
        <source>Finding a lawyer or accredited representative</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[1].heading</extracomment>
        <translation>Cómo encontrar un abogado o un representante acreditado</translation>
    </message>
    <message>
        <source>Watch out for notario fraud</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[2].heading</extracomment>
        <translation>Cuidado con el fraude de notarios</translation>
    </message>
    <message>
        <source>Where this app&apos;s information stops</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[3].heading</extracomment>
        <translation>Hasta dónde llega la información de esta aplicación</translation>
    </message>
    <message>
        <source>You have the right to remain silent.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].takeaways[0]</extracomment>
        <translation>Usted tiene derecho a guardar silencio.</translation>
    </message>
    <message>
        <source>A judicial warrant is signed by a judge. An administrative warrant is signed by an immigration officer.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].takeaways[1]</extracomment>
        <translation>Una orden judicial la firma un juez. Una orden administrativa la firma un oficial de inmigración.</translation>
    </message>
    <message>
        <source>Legal advice should come from a licensed lawyer or a DOJ-accredited representative.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].takeaways[2]</extracomment>
        <translation>La asesoría legal debe venir de un abogado con licencia o de un representante acreditado por el DOJ.</translation>
    </message>
    <message>
        <source>Know-your-rights cards from legal groups say:

- Do not open the door if immigration agents are knocking, unless they have a [judicial warrant](term:judicial-warrant) signed by a judge.
- You have the [right to remain silent](term:right-to-remain-silent). The cards include the words: &quot;I choose to exercise my constitutional rights.&quot;
- Do not sign anything without talking to a lawyer.

An [administrative warrant](term:administrative-warrant), such as Form I-200 or I-205, is signed by an immigration officer, not a judge. Longstanding guidance says it alone does not allow entry into a home without [consent](term:consent).

This area is changing. In January 2026, news reports described a 2025 ICE memo. It says an I-205 alone can support forced entry in some cases. Its legality is disputed.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[0].body</extracomment>
        <translation>Las tarjetas de &quot;conozca sus derechos&quot; de grupos legales dicen:

- No abra la puerta si agentes de inmigración están tocando, a menos que tengan una [orden judicial](term:judicial-warrant) firmada por un juez.
- Usted tiene [derecho a guardar silencio](term:right-to-remain-silent). Las tarjetas incluyen estas palabras: &quot;Elijo ejercer mis derechos constitucionales&quot;.
- No firme nada sin antes hablar con un abogado.

Una [orden administrativa](term:administrative-warrant), como el Formulario I-200 o I-205, la firma un oficial de inmigración, no un juez. Según pautas usadas desde hace años, por sí sola no permite entrar a una vivienda sin [consentimiento](term:consent).

Este tema está cambiando. En enero de 2026, reportes de prensa describieron un memorando de ICE de 2025. El memorando dice que, en algunos casos, un I-205 por sí solo puede justificar una entrada por la fuerza. Su legalidad está en disputa.</translation>
    </message>
    <message>
        <source>For advice about your own case, talk to a licensed lawyer or a [DOJ-accredited representative](term:accredited-representative). The Justice Department explains that accredited representatives are not lawyers. It approves them, and they work for a nonprofit [recognized organization](term:recognized-organization).

Places to look:

- The Justice Department&apos;s immigration court office, [EOIR](term:eoir), keeps lists of recognized organizations and accredited representatives.
- EOIR also keeps a list of providers that may offer free (pro bono) legal services.
- Your state bar may run a lawyer referral service.
- Nonprofit legal aid groups may also be able to help.

The Help page in this app lists these places, with links to their own websites.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[1].body</extracomment>
        <translation>Para recibir asesoría sobre su propio caso, hable con un abogado con licencia o con un [representante acreditado por el Departamento de Justicia (DOJ)](term:accredited-representative). El Departamento de Justicia explica que los representantes acreditados no son abogados. El Departamento los aprueba, y trabajan para una [organización reconocida](term:recognized-organization) sin fines de lucro.

Dónde buscar:

- La oficina de tribunales de inmigración del Departamento de Justicia, [EOIR](term:eoir), tiene listas de organizaciones reconocidas y de representantes acreditados.
- La EOIR también tiene una lista de proveedores que tal vez ofrezcan servicios legales gratuitos (pro bono).
- Es posible que el colegio de abogados de su estado tenga un servicio de referencia de abogados.
- Los grupos sin fines de lucro de ayuda legal también podrían ayudarle.

La página de Ayuda de esta aplicación incluye estos lugares, con enlaces a sus propios sitios web.</translation>
    </message>
    <message>
        <source>USCIS explains that in many countries, a *notario* is a kind of lawyer. In the United States, being a notary public (notario público) does not make someone a lawyer. According to USCIS, notarios cannot give you legal advice about immigration, and they cannot represent you. When someone offers that help anyway, it is called [notario fraud](term:notario-fraud).

USCIS and the Federal Trade Commission share tips like these:

- Do not sign blank forms, or forms you do not understand.
- Do not let anyone keep your original documents.
- Get a receipt for every payment, and keep copies of everything.

If you already paid a notario, you are not alone. A lawyer or accredited representative can review what was filed.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[2].body</extracomment>
        <translation>USCIS explica que, en muchos países, un *notario* es un tipo de abogado. En Estados Unidos, ser notario público (notary public) no convierte a nadie en abogado. Según USCIS, los notarios no pueden darle asesoría legal sobre inmigración ni representarle. Cuando alguien ofrece esa ayuda de todos modos, se llama [fraude de notarios](term:notario-fraud).

USCIS y la Comisión Federal de Comercio (FTC) comparten consejos como estos:

- No firme formularios en blanco ni formularios que no entienda.
- No deje que nadie se quede con sus documentos originales.
- Pida un recibo por cada pago y guarde copias de todo.

Si usted ya le pagó a un notario, no es la única persona a la que le ha pasado. Un abogado o un representante acreditado puede revisar lo que se presentó.</translation>
    </message>
    <message>
        <source>This app explains how the law works in general. It cannot tell you what will happen in your case. Each case depends on its own facts.

Laws and court rulings change, sometimes quickly. The &quot;reviewed as of&quot; date shows when this content was last reviewed. Our sources cover events up to about June 2026, so later court rulings or laws may be missing. For your own situation, talk to a lawyer or an accredited representative.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[3].body</extracomment>
        <translation>Esta aplicación explica cómo funciona la ley en general. No puede decirle qué pasará en su caso. Cada caso depende de sus propios hechos.

Las leyes y las decisiones de los tribunales cambian, a veces muy rápido. La fecha &quot;Revisado al&quot; muestra cuándo se revisó este contenido por última vez. Nuestras fuentes cubren hechos hasta alrededor de junio de 2026, así que puede que falten fallos o leyes posteriores. Para su propia situación, hable con un abogado o con un representante acreditado.</translation>
    </message>
    <message>
        <source>In the United States, being a notary public does not make someone a lawyer.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].takeaways[3]</extracomment>
        <translation>En Estados Unidos, ser notario público no convierte a nadie en abogado.</translation>
    </message>
    <message>
        <source>This app is general information. Its sources run to about June 2026.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].takeaways[4]</extracomment>
        <translation>Esta aplicación da información general. Sus fuentes llegan hasta alrededor de junio de 2026.</translation>
    </message>
</context>
<context>
    <name>content/walkthrough/can-mandamus-rein-in-ice</name>
    <message>
        <source>Can mandamus rein in ICE? What courts can and cannot order</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].title</extracomment>
        <translation>¿Puede el mandamus frenar a ICE? Lo que los tribunales pueden y no pueden ordenar</translation>
    </message>
    <message>
        <source>Why mandamus cannot order ICE to stop, which tools courts do use, and the limits those tools have had since 2022.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].summary</extracomment>
        <translation>Por qué el mandamus no puede ordenar a ICE que se detenga, qué herramientas sí usan los tribunales y qué límites tienen esas herramientas desde 2022.</translation>
    </message>
    <message>
        <source>The question</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[0].title</extracomment>
        <translation>La pregunta</translation>
    </message>
    <message>
        <source>People often ask: can a court use mandamus to make ICE stop doing something?

The short answer is no. [Mandamus](term:mandamus) is a tool to *compel*. It orders an official to do a clear duty. Courts do not use it to *restrain*, or stop, conduct.

Other tools exist to stop unlawful action. This walkthrough explains them and their limits.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[0].body</extracomment>
        <translation>Mucha gente pregunta: ¿puede un tribunal usar el mandamus para obligar a ICE a dejar de hacer algo?

La respuesta corta es no. El [mandamus](term:mandamus) es una herramienta para *obligar* a actuar. Ordena a un funcionario que cumpla un deber claro. Los tribunales no lo usan para *frenar* o detener una conducta.

Hay otras herramientas para detener acciones ilegales. Este recorrido las explica, junto con sus límites.</translation>
    </message>
    <message>
        <source>Write two words on the board: COMPEL and STOP. Ask which one the room thinks mandamus does. Many will say &quot;stop&quot;; correct that gently and without making anyone feel foolish.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[0].notes</extracomment>
        <translation>Escriba dos palabras en el pizarrón: OBLIGAR y DETENER. Pregunte al grupo cuál de las dos cree que hace el mandamus. Muchos dirán &quot;detener&quot;. Corríjalo con amabilidad y sin hacer sentir mal a nadie.</translation>
    </message>
    <message>
        <source>Compel versus stop</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[1].title</extracomment>
        <translation>Obligar o detener</translation>
    </message>
    <message>
        <source>Here is how the tools divide:

- **To compel a required act,** such as deciding an application: mandamus, or the APA&apos;s rule on unlawful delay.
- **To stop unlawful action:** an [injunction](term:injunction), a [declaratory judgment](term:declaratory-judgment), or setting the action aside under the APA.
- **To end unlawful detention:** [habeas corpus](term:habeas-corpus).

Each of these has limits in immigration cases.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[1].body</extracomment>
        <translation>Así se dividen las herramientas:

- **Para obligar a hacer un acto requerido,** como decidir una solicitud: el mandamus o la regla de la APA (Ley de Procedimiento Administrativo) sobre demoras ilegales.
- **Para detener una acción ilegal:** una [orden judicial para frenar la acción](term:injunction), una [sentencia declarativa](term:declaratory-judgment) o la anulación de la acción según la APA.
- **Para terminar una detención ilegal:** el [hábeas corpus](term:habeas-corpus).

Cada una de estas herramientas tiene límites en los casos de inmigración.</translation>
    </message>
    <message>
        <source>A group wants a court to stop an ICE practice it believes is unlawful. Is mandamus the right tool?</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[1].question.prompt</extracomment>
        <translation>Un grupo quiere que un tribunal detenga una práctica de ICE que el grupo considera ilegal. ¿Es el mandamus la herramienta correcta?</translation>
    </message>
    <message>
        <source>Yes. Mandamus is made for stopping agencies.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[1].question.choices[0].text</extracomment>
        <translation>Sí. El mandamus está hecho para detener a las agencias.</translation>
    </message>
    <message>
        <source>No. Mandamus compels a required act. It is not used to stop conduct.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[1].question.choices[0].explanation</extracomment>
        <translation>No. El mandamus obliga a hacer un acto requerido. No se usa para detener una conducta.</translation>
    </message>
    <message>
        <source>No. Stopping unlawful action uses other tools, like an injunction or setting the action aside.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[1].question.choices[1].text</extracomment>
        <translation>No. Para detener una acción ilegal se usan otras herramientas, como una orden judicial para frenarla o la anulación de la acción.</translation>
    </message>
    <message>
        <source>Right. Those tools are built to stop or undo unlawful action, though each has limits.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[1].question.choices[1].explanation</extracomment>
        <translation>Correcto. Esas herramientas están hechas para detener o deshacer acciones ilegales, aunque cada una tiene límites.</translation>
    </message>
    <message>
        <source>Yes, if the practice causes serious harm.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[1].question.choices[2].text</extracomment>
        <translation>Sí, si la práctica causa un daño grave.</translation>
    </message>
    <message>
        <source>No. Harm matters to some tools, but it does not turn mandamus into a tool for stopping conduct.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[1].question.choices[2].explanation</extracomment>
        <translation>No. El daño importa para algunas herramientas, pero no convierte el mandamus en una herramienta para detener conductas.</translation>
    </message>
    <message>
        <source>Most ICE actions are choices</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[2].title</extracomment>
        <translation>La mayoría de las acciones de ICE quedan a su criterio</translation>
    </message>
    <message>
        <source>Mandamus needs a clear duty with no room to choose. Most ICE actions are not like that. Whom to arrest, when to start a case and whether to carry out a removal order are mostly choices. The law calls this [discretion](term:discretion).

A law also limits court review. It bars many claims that come from ICE&apos;s decision to start a case, decide it or carry out a [removal order](term:removal-order).</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[2].body</extracomment>
        <translation>El mandamus exige un deber claro, sin margen para elegir. La mayoría de las acciones de ICE no son así. A quién arrestar, cuándo iniciar un caso y si ejecutar una orden de deportación son, sobre todo, decisiones a su criterio. La ley llama a esto [discreción](term:discretion).

Una ley también limita la revisión de los tribunales. Impide muchos reclamos que surgen de la decisión de ICE de iniciar un caso, decidirlo o ejecutar una [orden de deportación](term:removal-order).</translation>
    </message>
    <message>
        <source>Give a simple example: a law that says &quot;must decide&quot; is a duty; a law that says &quot;may arrest&quot; is a choice. Ask the room which kind of words they think most enforcement laws use.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[2].notes</extracomment>
        <translation>Dé un ejemplo sencillo: una ley que dice &quot;debe decidir&quot; crea un deber; una ley que dice &quot;puede arrestar&quot; da una opción. Pregunte al grupo qué tipo de palabras creen que usan la mayoría de las leyes de control migratorio.</translation>
    </message>
    <message>
        <source>Injunctions, and their newer limits</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[3].title</extracomment>
        <translation>Las órdenes judiciales para frenar acciones, y sus nuevos límites</translation>
    </message>
    <message>
        <source>An injunction can order an agency to stop. But its reach in immigration cases has narrowed.

- **2022.** In *Aleman Gonzalez*, the Supreme Court said lower courts cannot issue class-wide orders that block parts of the removal laws. Help for one person is still possible.
- **2025.** In *Trump v. CASA*, it said [universal injunctions](term:universal-injunction) likely go beyond federal courts&apos; power. Relief is limited to what the people who sued need.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[3].body</extracomment>
        <translation>Una orden judicial para frenar una acción puede obligar a una agencia a detenerse. Pero su alcance en los casos de inmigración se ha reducido.

- **2022.** En *Aleman Gonzalez*, la Corte Suprema dijo que los tribunales inferiores no pueden dictar órdenes colectivas, para todo un grupo, que bloqueen partes de las leyes de deportación. Todavía es posible dar protección a una sola persona.
- **2025.** En *Trump v. CASA*, dijo que las [órdenes judiciales para todo el país](term:universal-injunction) probablemente van más allá del poder de los tribunales federales. La protección se limita a lo que necesitan las personas que demandaron.</translation>
    </message>
    <message>
        <source>Explain &quot;class-wide&quot; simply: one order covering a whole group. Avoid predicting how future cases will come out; these rules are still being applied.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[3].notes</extracomment>
        <translation>Explique con palabras sencillas qué es una orden &quot;colectiva&quot; (class-wide): una sola orden que cubre a todo un grupo. No intente predecir cómo se decidirán casos futuros; estas reglas todavía se están aplicando.</translation>
    </message>
    <message>
        <source>After Trump v. CASA (2025), what is true about universal injunctions?</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[3].question.prompt</extracomment>
        <translation>Después de Trump v. CASA (2025), ¿qué es cierto sobre las órdenes judiciales para todo el país?</translation>
    </message>
    <message>
        <source>Courts can freely block a policy for everyone in the country</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[3].question.choices[0].text</extracomment>
        <translation>Los tribunales pueden bloquear libremente una política para todas las personas del país</translation>
    </message>
    <message>
        <source>No. The Court said universal injunctions likely go beyond federal courts&apos; power.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[3].question.choices[0].explanation</extracomment>
        <translation>No. La Corte dijo que las órdenes judiciales para todo el país probablemente van más allá del poder de los tribunales federales.</translation>
    </message>
    <message>
        <source>They likely go beyond federal courts&apos; power, so relief is limited to what the people who sued need</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[3].question.choices[1].text</extracomment>
        <translation>Probablemente van más allá del poder de los tribunales federales, así que la protección se limita a lo que necesitan las personas que demandaron</translation>
    </message>
    <message>
        <source>Right. That is the core of the 2025 ruling.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[3].question.choices[1].explanation</extracomment>
        <translation>Correcto. Eso es lo central del fallo de 2025.</translation>
    </message>
    <message>
        <source>Congress banned them in 1996</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[3].question.choices[2].text</extracomment>
        <translation>El Congreso las prohibió en 1996</translation>
    </message>
    <message>
        <source>No. The limit came from the Supreme Court&apos;s 2025 decision, not from a 1996 law.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[3].question.choices[2].explanation</extracomment>
        <translation>No. El límite vino del fallo de 2025 de la Corte Suprema, no de una ley de 1996.</translation>
    </message>
    <message>
        <source>Setting aside unlawful action</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[4].title</extracomment>
        <translation>Anular una acción ilegal</translation>
    </message>
    <message>
        <source>The APA also lets a court hold agency action unlawful and set it aside. This is called [vacatur](term:vacatur). It is the APA tool against unlawful action, not mandamus.

In 2023, the Supreme Court left open whether the class-wide limit in immigration law also limits this tool.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[4].body</extracomment>
        <translation>La APA también permite que un tribunal declare ilegal una acción de una agencia y la anule. Esto se llama [anulación (vacatur)](term:vacatur). Es la herramienta de la APA contra acciones ilegales, no el mandamus.

En 2023, la Corte Suprema dejó abierta una pregunta: si el límite a las órdenes colectivas de la ley de inmigración también limita esta herramienta.</translation>
    </message>
    <message>
        <source>This step is short on purpose. The key idea is that &quot;set aside&quot; is a different tool from &quot;compel.&quot; Note that the open question means courts may still disagree.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[4].notes</extracomment>
        <translation>Este paso es corto a propósito. La idea clave es que &quot;anular&quot; es una herramienta distinta de &quot;obligar&quot;. Señale que, como la pregunta sigue abierta, los tribunales todavía pueden tener opiniones distintas.</translation>
    </message>
    <message>
        <source>Habeas corpus for detention</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[5].title</extracomment>
        <translation>Hábeas corpus contra la detención</translation>
    </message>
    <message>
        <source>People often ask about detention of a family member. Stay general, and point to the Help page for real cases. Stress that habeas is filed where the person is held, which may be far from home.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[5].notes</extracomment>
        <translation>La gente suele preguntar por la detención de un familiar. Hable en términos generales y, para casos reales, indique la página de Ayuda. Subraye que el hábeas corpus se presenta donde está detenida la persona, y eso puede ser lejos de su casa.</translation>
    </message>
    <message>
        <source>Asking courts for more enforcement</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[6].title</extracomment>
        <translation>Pedir a los tribunales más control migratorio</translation>
    </message>
    <message>
        <source>Some suits ask courts to make ICE enforce *more*. These also face limits.

- In *Heckler v. Chaney* (1985), the Supreme Court said an agency&apos;s choice not to enforce is usually not reviewable.
- In 2023, two states lacked [standing](term:standing), the right to sue, to challenge federal enforcement priorities.
- A 2025 law, the Laken Riley Act, now lets state attorneys general sue over some release and detention failures.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[6].body</extracomment>
        <translation>Algunas demandas piden a los tribunales que obliguen a ICE a aplicar *más* la ley. Estas demandas también tienen límites.

- En *Heckler v. Chaney* (1985), la Corte Suprema dijo que la decisión de una agencia de no aplicar la ley por lo general no se puede revisar.
- En 2023, dos estados no tenían [legitimación](term:standing) (el derecho a demandar) para cuestionar las prioridades federales de control migratorio.
- Una ley de 2025, la Ley Laken Riley, ahora permite que los fiscales generales de los estados demanden por algunas fallas al liberar o detener a personas.</translation>
    </message>
    <message>
        <source>This shows the limits run in both directions: courts are cautious about ordering ICE to do less and to do more. That balance helps keep the discussion factual rather than partisan.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[6].notes</extracomment>
        <translation>Esto muestra que los límites van en las dos direcciones: los tribunales son cautelosos tanto al ordenar a ICE que haga menos como al ordenarle que haga más. Ese equilibrio ayuda a que la conversación se base en hechos y no en partidos políticos.</translation>
    </message>
    <message>
        <source>A myth: &quot;it&apos;s a political question&quot;</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[7].title</extracomment>
        <translation>Un mito: &quot;es una cuestión política&quot;</translation>
    </message>
    <message>
        <source>Some say courts avoid immigration cases as a &quot;[political question](term:political-question-doctrine).&quot; That is rarely true. Courts usually decide these cases on the merits, as in *Arizona* (2012) and *Trump v. Hawaii* (2018).

The real limits are different:

- courts give weight to executive choices;
- people must have standing;
- some laws limit what courts can review;
- a choice not to enforce is usually not reviewable.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[7].body</extracomment>
        <translation>Algunos dicen que los tribunales evitan los casos de inmigración por ser una &quot;[cuestión política](term:political-question-doctrine)&quot;. Eso rara vez es cierto. Por lo general, los tribunales sí deciden el fondo de estos casos, como en *Arizona* (2012) y *Trump v. Hawaii* (2018).

Los límites reales son otros:

- los tribunales dan peso a las decisiones del poder ejecutivo;
- las personas deben tener legitimación para demandar;
- algunas leyes limitan lo que los tribunales pueden revisar;
- la decisión de no aplicar la ley por lo general no se puede revisar.</translation>
    </message>
    <message>
        <source>Ask if anyone has heard that courts &quot;can&apos;t touch&quot; immigration. Correct it calmly: courts hear these cases all the time, but within real limits. Name the limits clearly.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[7].notes</extracomment>
        <translation>Pregunte si alguien ha oído que los tribunales &quot;no pueden tocar&quot; los temas de inmigración. Corríjalo con calma: los tribunales ven estos casos todo el tiempo, pero dentro de límites reales. Nombre esos límites con claridad.</translation>
    </message>
    <message>
        <source>Why do many immigration suits against the government fail or get narrowed?</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[7].question.prompt</extracomment>
        <translation>¿Por qué muchas demandas de inmigración contra el gobierno fracasan o se reducen?</translation>
    </message>
    <message>
        <source>Courts always call immigration a political question</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[7].question.choices[0].text</extracomment>
        <translation>Los tribunales siempre dicen que la inmigración es una cuestión política</translation>
    </message>
    <message>
        <source>No. Courts rarely use that doctrine in immigration enforcement cases. They usually decide them on the merits.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[7].question.choices[0].explanation</extracomment>
        <translation>No. Los tribunales rara vez usan esa doctrina en casos de control migratorio. Por lo general, deciden el fondo del caso.</translation>
    </message>
    <message>
        <source>Standing rules, laws that limit review, and the weight courts give to executive choices</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[7].question.choices[1].text</extracomment>
        <translation>Las reglas sobre legitimación para demandar, las leyes que limitan la revisión y el peso que los tribunales dan a las decisiones del poder ejecutivo</translation>
    </message>
    <message>
        <source>Right. These are the main limits.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[7].question.choices[1].explanation</extracomment>
        <translation>Correcto. Esos son los límites principales.</translation>
    </message>
    <message>
        <source>Judges are not allowed to read immigration laws</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[7].question.choices[2].text</extracomment>
        <translation>Los jueces no pueden interpretar las leyes de inmigración</translation>
    </message>
    <message>
        <source>No. Judges interpret immigration laws in many cases.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[7].question.choices[2].explanation</extracomment>
        <translation>No. Los jueces interpretan las leyes de inmigración en muchos casos.</translation>
    </message>
    <message>
        <source>What courts can and cannot order</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[8].title</extracomment>
        <translation>Lo que los tribunales pueden y no pueden ordenar</translation>
    </message>
    <message>
        <source>- **Can:** order an official to decide a matter the law requires, through mandamus or the APA.
- **Can:** stop or set aside unlawful action, within limits.
- **Can:** hear habeas cases about detention, in the district where the person is held.
- **Cannot:** use mandamus to make ICE stop something.
- **Cannot:** order a particular choice where the law gives discretion.
- **Rarely:** issue class-wide or universal orders in immigration cases after 2022 and 2025.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[8].body</extracomment>
        <translation>- **Pueden:** ordenar a un funcionario que decida un asunto cuando la ley lo exige, por medio del mandamus o de la APA.
- **Pueden:** detener o anular una acción ilegal, dentro de ciertos límites.
- **Pueden:** ver casos de hábeas corpus sobre detenciones, en el distrito donde está detenida la persona.
- **No pueden:** usar el mandamus para obligar a ICE a dejar de hacer algo.
- **No pueden:** ordenar una decisión concreta cuando la ley da discreción.
- **Rara vez:** dictan órdenes colectivas o para todo el país en casos de inmigración, tras los fallos de 2022 y 2025.</translation>
    </message>
    <message>
        <source>End by restating the main idea: mandamus compels, it does not restrain. Invite questions, and remind people that the Help page lists places to find legal help.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[8].notes</extracomment>
        <translation>Termine repitiendo la idea principal: el mandamus obliga a actuar, no frena. Invite a hacer preguntas y recuerde que la página de Ayuda tiene una lista de lugares donde buscar ayuda legal.</translation>
    </message>
    <message>
        <source>Point back to the two words on the board and sort each tool under one of them. Remind the room that each tool does a different job.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[1].notes</extracomment>
        <translation>Vuelva a señalar las dos palabras del pizarrón y ponga cada herramienta debajo de una de ellas. Recuerde al grupo que cada herramienta cumple una función diferente.</translation>
    </message>
    <message>
        <source>[Habeas corpus](term:habeas-corpus) is the usual way to challenge unlawful immigration detention in federal court. It is filed in the district where the person is held, against the person&apos;s custodian.

In 2025, the Supreme Court decided *J.G.G.* That case was about removals under the Alien Enemies Act. The Court said challenges that mean a detention is invalid belong in habeas, in that district. It said people held under that law must get notice and a chance to seek habeas before removal.

In *Zadvydas* (2001), the Court said detention after a removal order is presumed reasonable for six months. After that, the person can show good reason to believe removal is not likely in the reasonably foreseeable future. Then the government must respond with evidence to justify keeping them detained. Release is not automatic.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[5].body</extracomment>
        <translation>El [hábeas corpus](term:habeas-corpus) es la vía usual para cuestionar una detención migratoria ilegal en un tribunal federal. Se presenta en el distrito donde está detenida la persona, contra quien la tiene bajo custodia.

En 2025, la Corte Suprema decidió el caso *J.G.G.* Ese caso trataba de deportaciones bajo la Alien Enemies Act (Ley de Enemigos Extranjeros). La Corte dijo que los reclamos que implican que una detención no es válida deben ir por hábeas corpus, en ese distrito. Dijo que las personas detenidas bajo esa ley deben recibir aviso y una oportunidad de pedir hábeas corpus antes de la deportación.

En *Zadvydas* (2001), la Corte dijo que la detención después de una orden de deportación se presume razonable por seis meses. Después de ese plazo, la persona puede mostrar buenas razones para creer que no es probable que la deportación ocurra en un futuro razonablemente previsible. Entonces el gobierno debe responder con pruebas que justifiquen mantenerla detenida. La liberación no es automática.</translation>
    </message>
</context>
<context>
    <name>content/walkthrough/community-impacts-evidence</name>
    <message>
        <source>What the research says about community impacts</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].title</extracomment>
        <translation>Lo que dicen los estudios sobre el impacto en las comunidades</translation>
    </message>
    <message>
        <source>Surveys, police numbers and studies on trust, crime, costs and civil rights, and how strong each kind of evidence is.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].summary</extracomment>
        <translation>Encuestas, cifras de la policía y estudios sobre confianza, delitos, costos y derechos civiles, y qué tan sólida es cada clase de evidencia.</translation>
    </message>
    <message>
        <source>Three kinds of evidence</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[0].title</extracomment>
        <translation>Tres clases de evidencia</translation>
    </message>
    <message>
        <source>You will see three kinds of evidence here.

- **Surveys** ask people what they think or would do. They show fears and plans, not actions.
- **Police department numbers** count reports. They show a change, but not its cause.
- **Studies** compare places or times in careful ways. They are stronger, but they still cannot rule out every other cause.

For each number, ask: which kind is this?</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[0].body</extracomment>
        <translation>Aquí verá tres clases de evidencia.

- **Las encuestas** preguntan a las personas qué piensan o qué harían. Muestran miedos y planes, no acciones.
- **Las cifras de los departamentos de policía** cuentan denuncias. Muestran un cambio, pero no su causa.
- **Los estudios** comparan lugares o épocas con cuidado. Son más sólidos, pero aun así no pueden descartar todas las otras causas.

Para cada cifra, pregúntese: ¿de qué clase es?</translation>
    </message>
    <message>
        <source>Write the three kinds on the board. Each time a number comes up, ask the room to name its kind. This habit helps people read news stories too.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[0].notes</extracomment>
        <translation>Escriba las tres clases en el pizarrón. Cada vez que aparezca una cifra, pida al grupo que diga de qué clase es. Este hábito también ayuda a leer las noticias.</translation>
    </message>
    <message>
        <source>What a large survey found</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[1].title</extracomment>
        <translation>Lo que encontró una encuesta grande</translation>
    </message>
    <message>
        <source>A 2013 report, *Insecure Communities*, surveyed 2,004 Latinos in four large counties. The survey was done in late 2012, in English and Spanish.

- 44% said they were less likely to call police if they were a crime victim. They feared being asked about immigration status.
- Among undocumented people, it was 70%.
- Among Latinos born in the U.S., it was 28%.

This is a survey. It shows what people said they would do.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[1].body</extracomment>
        <translation>Un informe de 2013, *Insecure Communities* (Comunidades inseguras), encuestó a 2,004 latinos en cuatro condados grandes. La encuesta se hizo a fines de 2012, en inglés y en español.

- El 44% dijo que sería menos probable que llamara a la policía si fuera víctima de un delito. Tenían miedo de que les preguntaran por su situación migratoria.
- Entre las personas indocumentadas, la cifra fue del 70%.
- Entre los latinos nacidos en EE. UU., fue del 28%.

Es una encuesta. Muestra lo que las personas dijeron que harían.</translation>
    </message>
    <message>
        <source>Point out that even many U.S.-born Latinos gave this answer. Avoid saying the survey proves people stopped calling police; it measures what they said.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[1].notes</extracomment>
        <translation>Señale que incluso muchos latinos nacidos en EE. UU. dieron esta respuesta. No diga que la encuesta prueba que la gente dejó de llamar a la policía; mide lo que la gente dijo.</translation>
    </message>
    <message>
        <source>In the survey, what share of all Latino respondents said they were less likely to contact police as crime victims?</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[1].question.prompt</extracomment>
        <translation>En la encuesta, ¿qué porcentaje de todos los latinos encuestados dijo que sería menos probable que buscara a la policía si fuera víctima de un delito?</translation>
    </message>
    <message>
        <source>28%</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[1].question.choices[0].text</extracomment>
        <translation>28%</translation>
    </message>
    <message>
        <source>No. 28% was the figure for Latinos born in the U.S.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[1].question.choices[0].explanation</extracomment>
        <translation>No. El 28% fue la cifra de los latinos nacidos en EE. UU.</translation>
    </message>
    <message>
        <source>44%</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[1].question.choices[1].text</extracomment>
        <translation>44%</translation>
    </message>
    <message>
        <source>Right. 44% of all Latino respondents said so.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[1].question.choices[1].explanation</extracomment>
        <translation>Correcto. El 44% de todos los latinos encuestados lo dijo.</translation>
    </message>
    <message>
        <source>70%</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[1].question.choices[2].text</extracomment>
        <translation>70%</translation>
    </message>
    <message>
        <source>No. 70% was the figure for undocumented respondents.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[1].question.choices[2].explanation</extracomment>
        <translation>No. El 70% fue la cifra de las personas indocumentadas encuestadas.</translation>
    </message>
    <message>
        <source>Police department numbers</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[2].title</extracomment>
        <translation>Cifras de los departamentos de policía</translation>
    </message>
    <message>
        <source>In April 2017, Houston&apos;s police chief compared early 2017 with early 2016. Rape reports by Hispanics fell 42.8%. Other violent-crime reports by Hispanics fell 13%. Rape reports by non-Hispanics rose 8.2%.

News reports say the Los Angeles police chief also described drops that year.

These are department numbers. They show changes in reports. They do not prove the cause.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[2].body</extracomment>
        <translation>En abril de 2017, el jefe de policía de Houston comparó el comienzo de 2017 con el comienzo de 2016. Las denuncias de violación hechas por hispanos bajaron un 42.8%. Las denuncias de otros delitos violentos hechas por hispanos bajaron un 13%. Las denuncias de violación hechas por personas no hispanas subieron un 8.2%.

Según noticias de prensa, el jefe de policía de Los Ángeles también describió bajas ese año.

Estas son cifras de los departamentos de policía. Muestran cambios en las denuncias. No prueban la causa.</translation>
    </message>
    <message>
        <source>A common mistake is reading fewer reports as less crime. Ask the room what else could explain fewer reports. Let them suggest fear, trust and chance.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[2].notes</extracomment>
        <translation>Un error común es pensar que menos denuncias significan menos delitos. Pregunte al grupo qué más podría explicar que haya menos denuncias. Deje que mencionen el miedo, la confianza y el azar.</translation>
    </message>
    <message>
        <source>Houston&apos;s 2017 numbers showed fewer rape reports by Hispanics. What can we conclude?</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[2].question.prompt</extracomment>
        <translation>Las cifras de Houston de 2017 mostraron menos denuncias de violación hechas por hispanos. ¿Qué podemos concluir?</translation>
    </message>
    <message>
        <source>Immigration enforcement caused the drop</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[2].question.choices[0].text</extracomment>
        <translation>El control migratorio causó la baja</translation>
    </message>
    <message>
        <source>Not from these numbers alone. Department figures show a change, but not its cause.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[2].question.choices[0].explanation</extracomment>
        <translation>No solo con estas cifras. Las cifras de un departamento muestran un cambio, pero no su causa.</translation>
    </message>
    <message>
        <source>Reports changed, but these numbers alone do not prove why</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[2].question.choices[1].text</extracomment>
        <translation>Las denuncias cambiaron, pero estas cifras por sí solas no prueban por qué</translation>
    </message>
    <message>
        <source>Right. They are department statistics, not a study of causes.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[2].question.choices[1].explanation</extracomment>
        <translation>Correcto. Son estadísticas de un departamento, no un estudio de las causas.</translation>
    </message>
    <message>
        <source>Crime went down</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[2].question.choices[2].text</extracomment>
        <translation>Los delitos bajaron</translation>
    </message>
    <message>
        <source>No. Fewer reports is not the same as fewer crimes.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[2].question.choices[2].explanation</extracomment>
        <translation>No. Menos denuncias no es lo mismo que menos delitos.</translation>
    </message>
    <message>
        <source>A study of police records</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[3].title</extracomment>
        <translation>Un estudio de registros policiales</translation>
    </message>
    <message>
        <source>A 2022 study by Jácome used Dallas police records over time. In 2015, the [Priority Enforcement Program](term:priority-enforcement-program) narrowed immigration enforcement. After that, violent and property crimes reported by Hispanics rose 4%.

Because it uses real records over time, this study is stronger than a survey. But it covers one city.

A 2026 Census Bureau working paper reports a similar pattern for [Secure Communities](term:secure-communities). It is not yet a final published study.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[3].body</extracomment>
        <translation>Un estudio de 2022 hecho por Jácome usó registros de la policía de Dallas a lo largo del tiempo. En 2015, el [Priority Enforcement Program](term:priority-enforcement-program) (Programa de Prioridades de Control) limitó el alcance del control migratorio. Después, los delitos violentos y contra la propiedad denunciados por hispanos subieron un 4%.

Como usa registros reales a lo largo del tiempo, este estudio es más sólido que una encuesta. Pero abarca una sola ciudad.

Un documento de trabajo de 2026 de la Oficina del Censo informa un patrón parecido para [Comunidades Seguras](term:secure-communities) (Secure Communities). Todavía no es un estudio final publicado.</translation>
    </message>
    <message>
        <source>Link this back to the survey: the survey showed fear, and this study shows a change in actual reports. Still, note that it is one city, and the 2026 paper is a working paper.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[3].notes</extracomment>
        <translation>Relacione esto con la encuesta: la encuesta mostró miedo, y este estudio muestra un cambio en las denuncias reales. Aun así, señale que es una sola ciudad y que el texto de 2026 es un documento de trabajo.</translation>
    </message>
    <message>
        <source>Did it make places safer?</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[4].title</extracomment>
        <translation>¿Los lugares quedaron más seguros?</translation>
    </message>
    <message>
        <source>Two 2014 studies asked whether this kind of enforcement lowered crime.

- Miles and Cox looked at Secure Communities as it started in different counties at different times. They found no meaningful drop in overall or violent crime.
- Treyger, Chalfin and Loeffler studied local police taking part in immigration enforcement. They found little evidence that crime fell. They also found little evidence of the feared rise in biased arrests.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[4].body</extracomment>
        <translation>Dos estudios de 2014 analizaron si este tipo de control migratorio redujo los delitos.

- Miles y Cox estudiaron Comunidades Seguras a medida que empezó en distintos condados y en distintos momentos. No encontraron una baja importante en los delitos en general ni en los delitos violentos.
- Treyger, Chalfin y Loeffler estudiaron la participación de la policía local en el control migratorio. Encontraron poca evidencia de que los delitos bajaran. También encontraron poca evidencia del temido aumento de arrestos discriminatorios.</translation>
    </message>
    <message>
        <source>Present both findings fully, including the second part of the Treyger study. Balanced facts build trust in a mixed room. Remind people that studies can still miss other causes.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[4].notes</extracomment>
        <translation>Presente ambos resultados completos, incluida la segunda parte del estudio de Treyger. Los hechos equilibrados generan confianza en un grupo con opiniones distintas. Recuerde que los estudios todavía pueden pasar por alto otras causas.</translation>
    </message>
    <message>
        <source>Who was held, and what it cost</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[5].title</extracomment>
        <translation>A quién se retuvo y cuánto costó</translation>
    </message>
    <message>
        <source>Be careful with cost numbers; they come from single secondary sources. Say &quot;reports say&quot; when you share them. The stronger finding here is the mix of offenses.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[5].notes</extracomment>
        <translation>Tenga cuidado con las cifras de costos; cada una viene de una sola fuente secundaria. Diga &quot;según informes&quot; cuando las comparta. El resultado más sólido aquí es la mezcla de delitos.</translation>
    </message>
    <message>
        <source>Civil rights findings</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[6].title</extracomment>
        <translation>Conclusiones sobre derechos civiles</translation>
    </message>
    <message>
        <source>In December 2011, the Justice Department found biased policing by the Maricopa County Sheriff&apos;s Office in Arizona. Latinos were four to nine times more likely to be stopped. DHS then ended the office&apos;s 287(g) jail agreement.

In 2013, in *Melendres v. Arpaio*, a federal judge found the office broke the Fourth and Fourteenth Amendments. He barred it from using race or Latino ancestry as a reason for stops.

Errors can also reach citizens. In *Galarza*, a U.S. citizen was held on a detainer after posting bail.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[6].body</extracomment>
        <translation>En diciembre de 2011, el Departamento de Justicia concluyó que la Oficina del Alguacil (Sheriff) del Condado de Maricopa, en Arizona, hacía un trabajo policial discriminatorio. Los latinos tenían entre cuatro y nueve veces más probabilidades de que la policía los parara. Después, el DHS (Departamento de Seguridad Nacional) terminó el acuerdo 287(g) de la oficina para su cárcel.

En 2013, en *Melendres v. Arpaio*, un juez federal concluyó que la oficina violó la Cuarta y la Decimocuarta Enmiendas. Le prohibió usar la raza o el origen latino como razón para parar a alguien.

Los errores también pueden afectar a ciudadanos. En *Galarza*, un ciudadano estadounidense quedó retenido por una orden de retención migratoria después de pagar la fianza.</translation>
    </message>
    <message>
        <source>This can be painful for people who have lived through it. Speak calmly and stick to what the court and the Justice Department found. Avoid extending these findings to other agencies without evidence.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[6].notes</extracomment>
        <translation>Esto puede ser doloroso para quienes lo han vivido. Hable con calma y limítese a lo que concluyeron el tribunal y el Departamento de Justicia. No extienda estas conclusiones a otras agencias sin pruebas.</translation>
    </message>
    <message>
        <source>What happened after the Justice Department&apos;s 2011 finding about the Maricopa County Sheriff&apos;s Office?</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[6].question.prompt</extracomment>
        <translation>¿Qué pasó después de la conclusión del Departamento de Justicia de 2011 sobre la Oficina del Alguacil (Sheriff) del Condado de Maricopa?</translation>
    </message>
    <message>
        <source>DHS ended the office&apos;s 287(g) jail agreement</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[6].question.choices[0].text</extracomment>
        <translation>El DHS terminó el acuerdo 287(g) de la oficina para su cárcel</translation>
    </message>
    <message>
        <source>Right. DHS ended that agreement and limited the office&apos;s access to Secure Communities.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[6].question.choices[0].explanation</extracomment>
        <translation>Correcto. El DHS terminó ese acuerdo y limitó el acceso de la oficina a Comunidades Seguras.</translation>
    </message>
    <message>
        <source>The office got more 287(g) powers</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[6].question.choices[1].text</extracomment>
        <translation>La oficina recibió más poderes del programa 287(g)</translation>
    </message>
    <message>
        <source>No. Its 287(g) jail agreement was ended.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[6].question.choices[1].explanation</extracomment>
        <translation>No. Se terminó su acuerdo 287(g) para la cárcel.</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[6].question.choices[2].text</extracomment>
        <translation>No cambió nada</translation>
    </message>
    <message>
        <source>No. DHS ended the agreement, and a federal court later ruled against the office in 2013.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[6].question.choices[2].explanation</extracomment>
        <translation>No. El DHS terminó el acuerdo, y en 2013 un tribunal federal falló en contra de la oficina.</translation>
    </message>
    <message>
        <source>Reading the numbers wisely</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[7].title</extracomment>
        <translation>Cómo leer las cifras con cuidado</translation>
    </message>
    <message>
        <source>Ask each person to name one number they will remember, and what kind of evidence it is. This check closes the loop on the first step.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[7].notes</extracomment>
        <translation>Pida a cada persona que diga una cifra que va a recordar y qué clase de evidencia es. Así se cierra el círculo que empezó en el primer paso.</translation>
    </message>
    <message>
        <source>A 2011 report from the Migration Policy Institute looked at 287(g) [detainers](term:detainer). About half of them in fiscal year 2010 involved misdemeanors or traffic offenses. Places differed a lot. Some focused on serious crimes. Others mostly held people for misdemeanors or traffic offenses.

Cost figures are less certain. Reports put one Virginia county&apos;s cost at about $1.3 million a year. News reports say that since October 2025, ICE can repay some Task Force officer pay.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[5].body</extracomment>
        <translation>Un informe de 2011 del Migration Policy Institute (Instituto de Políticas Migratorias) analizó las [órdenes de retención migratoria](term:detainer) del programa 287(g). Cerca de la mitad de las órdenes del año fiscal 2010 tenían que ver con delitos menores o infracciones de tránsito. Los lugares variaban mucho. Algunos se concentraban en delitos graves. Otros retenían sobre todo a personas por delitos menores o infracciones de tránsito.

Las cifras de costos son menos seguras. Según informes, el costo para un condado de Virginia fue de unos $1.3 millones al año. Según noticias de prensa, desde octubre de 2025 ICE puede reembolsar parte del sueldo de los agentes del Modelo de Grupo de Trabajo (Task Force).</translation>
    </message>
    <message>
        <source>- Surveys show fear and plans. Department numbers show changes. Studies come closer to causes.
- In one large survey, 44% of Latinos said they would be less likely to call police if they were crime victims, because they feared questions about immigration status.
- Careful studies found Secure Communities did not meaningfully lower crime.
- About half of 287(g) detainers in fiscal year 2010 involved misdemeanors or traffic offenses.
- A court found serious profiling by one sheriff&apos;s office.

When you see a number, ask where it comes from.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[7].body</extracomment>
        <translation>- Las encuestas muestran miedos y planes. Las cifras de los departamentos muestran cambios. Los estudios se acercan más a las causas.
- En una encuesta grande, el 44% de los latinos dijo que, si fueran víctimas de un delito, sería menos probable que llamaran a la policía, porque temían que les preguntaran por su estatus migratorio.
- Estudios cuidadosos encontraron que Comunidades Seguras no redujo los delitos de manera importante.
- Cerca de la mitad de las órdenes de retención del programa 287(g) en el año fiscal 2010 tenían que ver con delitos menores o infracciones de tránsito.
- Un tribunal concluyó que una oficina del alguacil (sheriff) usó perfiles raciales de forma grave.

Cuando vea una cifra, pregunte de dónde viene.</translation>
    </message>
</context>
<context>
    <name>content/walkthrough/court-cases-so-far</name>
    <message>
        <source>Court cases so far: detainers, sanctuary laws and funding</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].title</extracomment>
        <translation>Casos judiciales hasta ahora: órdenes de retención, leyes &quot;santuario&quot; y fondos federales</translation>
    </message>
    <message>
        <source>Two kinds of court fights</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[0].title</extracomment>
        <translation>Dos tipos de disputas en los tribunales</translation>
    </message>
    <message>
        <source>Put a simple timeline on the wall from 2014 to 2026. Add each case as you go. Presenters often find the dates help people keep the cases apart.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[0].notes</extracomment>
        <translation>Ponga en la pared una línea de tiempo sencilla de 2014 a 2026. Agregue cada caso a medida que avanza. Muchos presentadores notan que las fechas ayudan a la gente a no confundir los casos.</translation>
    </message>
    <message>
        <source>Detainers are requests</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[1].title</extracomment>
        <translation>Las órdenes de retención son solicitudes</translation>
    </message>
    <message>
        <source>- **Galarza (2014).** A U.S. citizen was held about three days after posting bail. A federal appeals court said detainers are requests, not commands. So the county could be responsible for choosing to hold him.
- **Miranda-Olivares (2014).** An Oregon jail held a woman 19 hours past her release. A federal court said that was a new [seizure](term:seizure) needing [probable cause](term:probable-cause). Many Oregon jails then stopped honoring detainers.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[1].body</extracomment>
        <translation>- **Galarza (2014).** Un ciudadano estadounidense estuvo retenido unos tres días después de pagar la fianza. Un tribunal federal de apelaciones dijo que las órdenes de retención migratoria son solicitudes, no órdenes obligatorias. Por eso, el condado podía ser responsable por decidir retenerlo.
- **Miranda-Olivares (2014).** Una cárcel de Oregón retuvo a una mujer 19 horas después de la hora de su liberación. Un tribunal federal dijo que eso era una nueva [detención](term:seizure) que necesitaba [causa probable](term:probable-cause). Después, muchas cárceles de Oregón dejaron de cumplir las órdenes de retención.</translation>
    </message>
    <message>
        <source>Explain why &quot;request&quot; matters: if the jail chooses to hold someone, the jail answers for that choice. Both suits were against counties, not ICE.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[1].notes</extracomment>
        <translation>Explique por qué importa que sea una &quot;solicitud&quot;: si la cárcel decide retener a alguien, la cárcel responde por esa decisión. Las dos demandas fueron contra condados, no contra ICE.</translation>
    </message>
    <message>
        <source>In Galarza (2014), what did the appeals court say about ICE detainers?</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[1].question.prompt</extracomment>
        <translation>En Galarza (2014), ¿qué dijo el tribunal de apelaciones sobre las órdenes de retención de ICE?</translation>
    </message>
    <message>
        <source>They are requests, so the county could be responsible for holding him</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[1].question.choices[0].text</extracomment>
        <translation>Que son solicitudes, así que el condado podía ser responsable por retenerlo</translation>
    </message>
    <message>
        <source>Right. Because a detainer is a request, the county&apos;s choice to hold him was its own.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[1].question.choices[0].explanation</extracomment>
        <translation>Correcto. Como una orden de retención es una solicitud, la decisión de retenerlo fue del propio condado.</translation>
    </message>
    <message>
        <source>They are commands every jail must follow</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[1].question.choices[1].text</extracomment>
        <translation>Que son órdenes obligatorias para todas las cárceles</translation>
    </message>
    <message>
        <source>No. The court said the opposite: detainers are requests.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[1].question.choices[1].explanation</extracomment>
        <translation>No. El tribunal dijo lo contrario: las órdenes de retención son solicitudes.</translation>
    </message>
    <message>
        <source>They are the same as judicial warrants</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[1].question.choices[2].text</extracomment>
        <translation>Que son lo mismo que las órdenes judiciales firmadas por un juez</translation>
    </message>
    <message>
        <source>No. A detainer is a form from ICE, not a warrant signed by a judge.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[1].question.choices[2].explanation</extracomment>
        <translation>No. Una orden de retención es un formulario de ICE, no una orden judicial firmada por un juez.</translation>
    </message>
    <message>
        <source>Massachusetts and California</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[2].title</extracomment>
        <translation>Massachusetts y California</translation>
    </message>
    <message>
        <source>Note that Lunn is about Massachusetts law only. People from other states may ask whether it applies to them; it does not directly.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[2].notes</extracomment>
        <translation>Señale que Lunn trata solo de la ley de Massachusetts. Personas de otros estados pueden preguntar si se aplica a ellas; no se aplica directamente.</translation>
    </message>
    <message>
        <source>State laws in court</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[3].title</extracomment>
        <translation>Leyes estatales en los tribunales</translation>
    </message>
    <message>
        <source>This can surprise people: both the Texas law and the California law were upheld. Explain that states have room to choose either way, within limits.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[3].notes</extracomment>
        <translation>Esto puede sorprender: se confirmaron tanto la ley de Texas como la de California. Explique que los estados tienen margen para elegir en cualquiera de los dos sentidos, dentro de ciertos límites.</translation>
    </message>
    <message>
        <source>Grant conditions, 2017 to 2021</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[4].title</extracomment>
        <translation>Condiciones para recibir fondos, de 2017 a 2021</translation>
    </message>
    <message>
        <source>In 2017, an executive order and new grant conditions targeted sanctuary places.

- **2018:** an appeals court said the order&apos;s funding part broke the rule that only Congress controls spending.
- **2018 to 2020:** appeals courts in the Chicago and Philadelphia cases said the [Byrne JAG](term:byrne-jag) conditions lacked approval from Congress.
- **2019:** a different appeals court allowed extra points for cooperation in a competitive grant.
- **2020:** another appeals court upheld the Byrne JAG conditions, creating a [circuit split](term:circuit-split).

In March 2021, after the 2017 order was revoked, the Supreme Court dismissed the pending cases at the parties&apos; request.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[4].body</extracomment>
        <translation>En 2017, una orden ejecutiva y nuevas condiciones para recibir fondos apuntaron contra los lugares &quot;santuario&quot;.

- **2018:** un tribunal de apelaciones dijo que la parte de la orden sobre fondos violaba la regla de que solo el Congreso controla el gasto.
- **De 2018 a 2020:** los tribunales de apelaciones en los casos de Chicago y Filadelfia dijeron que las condiciones del programa [Byrne JAG](term:byrne-jag) no tenían la aprobación del Congreso.
- **2019:** otro tribunal de apelaciones permitió dar puntos extra por cooperar en un concurso de fondos.
- **2020:** un tribunal de apelaciones distinto confirmó las condiciones de Byrne JAG. Así creó un [desacuerdo entre tribunales de apelaciones](term:circuit-split).

En marzo de 2021, después de que se revocó la orden de 2017, la Corte Suprema dio por terminados los casos pendientes, a pedido de las partes.</translation>
    </message>
    <message>
        <source>Keep the focus on the pattern: most courts ruled for the cities, but not all. Mention that the split was left open, so the question could return.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[4].notes</extracomment>
        <translation>Mantenga la atención en el patrón: la mayoría de los tribunales falló a favor de las ciudades, pero no todos. Mencione que el desacuerdo quedó sin resolver, así que la pregunta podría volver.</translation>
    </message>
    <message>
        <source>Why was the Byrne JAG split left open in 2021?</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[4].question.prompt</extracomment>
        <translation>¿Por qué quedó sin resolver en 2021 el desacuerdo sobre Byrne JAG?</translation>
    </message>
    <message>
        <source>No. The Court did not rule on the merits.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[4].question.choices[0].explanation</extracomment>
        <translation>No. La Corte no decidió el fondo del caso.</translation>
    </message>
    <message>
        <source>The cases were dismissed at the parties&apos; request in 2021, after the 2017 order was revoked</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[4].question.choices[1].text</extracomment>
        <translation>Los casos se dieron por terminados a pedido de las partes en 2021, después de que se revocó la orden de 2017</translation>
    </message>
    <message>
        <source>Right. The pending petitions were dismissed, so the split was left open.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[4].question.choices[1].explanation</extracomment>
        <translation>Correcto. Las peticiones pendientes se dieron por terminadas, así que el desacuerdo quedó sin resolver.</translation>
    </message>
    <message>
        <source>No case ever reached the Court</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[4].question.choices[2].text</extracomment>
        <translation>Ningún caso llegó nunca a la Corte</translation>
    </message>
    <message>
        <source>No. Petitions were pending until they were dismissed in March 2021.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[4].question.choices[2].explanation</extracomment>
        <translation>No. Había peticiones pendientes hasta que se dieron por terminadas en marzo de 2021.</translation>
    </message>
    <message>
        <source>2025: the funding fight returns</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[5].title</extracomment>
        <translation>2025: vuelve la disputa por los fondos</translation>
    </message>
    <message>
        <source>Explain that a preliminary injunction is temporary; it holds things in place while the case goes on. Do not predict the appeal.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[5].notes</extracomment>
        <translation>Explique que una orden judicial preliminar es temporal: mantiene las cosas como están mientras sigue el caso. No haga predicciones sobre la apelación.</translation>
    </message>
    <message>
        <source>The United States sues states and cities</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[6].title</extracomment>
        <translation>El gobierno de Estados Unidos demanda a estados y ciudades</translation>
    </message>
    <message>
        <source>Point out the dates and say clearly that appeals may change these results. Use &quot;reports say&quot; for the Los Angeles case, since only secondary reports were available.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[6].notes</extracomment>
        <translation>Señale las fechas y diga con claridad que las apelaciones pueden cambiar estos resultados. Use &quot;según informes&quot; para el caso de Los Ángeles, porque solo había informes de fuentes secundarias.</translation>
    </message>
    <message>
        <source>What did the court decide in United States v. Illinois (July 2025)?</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[6].question.prompt</extracomment>
        <translation>¿Qué decidió el tribunal en United States v. Illinois (julio de 2025)?</translation>
    </message>
    <message>
        <source>It dismissed the case, saying the Tenth Amendment protects the state&apos;s limits</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[6].question.choices[0].text</extracomment>
        <translation>Desestimó el caso y dijo que la Décima Enmienda protege los límites que puso el estado</translation>
    </message>
    <message>
        <source>Right. The judge dismissed the federal suit. The government then appealed.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[6].question.choices[0].explanation</extracomment>
        <translation>Correcto. El tribunal desestimó la demanda federal. Luego el gobierno apeló.</translation>
    </message>
    <message>
        <source>It ordered Illinois to honor all detainers</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[6].question.choices[1].text</extracomment>
        <translation>Ordenó a Illinois cumplir todas las órdenes de retención</translation>
    </message>
    <message>
        <source>No. The court ruled against the federal government.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[6].question.choices[1].explanation</extracomment>
        <translation>No. El tribunal falló en contra del gobierno federal.</translation>
    </message>
    <message>
        <source>It struck down the Illinois TRUST Act</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[6].question.choices[2].text</extracomment>
        <translation>Anuló la Ley TRUST de Illinois</translation>
    </message>
    <message>
        <source>No. The law was left in place.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[6].question.choices[2].explanation</extracomment>
        <translation>No. La ley siguió vigente.</translation>
    </message>
    <message>
        <source>What was still open</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[7].title</extracomment>
        <translation>Lo que seguía abierto</translation>
    </message>
    <message>
        <source>Recap</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[8].title</extracomment>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Close by reminding the room that court results can change on appeal. The Help page lists places to find legal help for a real case.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[8].notes</extracomment>
        <translation>Para cerrar, recuerde al grupo que los resultados de los tribunales pueden cambiar en una apelación. La página de Ayuda tiene una lista de lugares donde buscar ayuda legal para un caso real.</translation>
    </message>
    <message>
        <source>The main court cases from 2014 to 2026, what each decided, and which appeals were still open in our sources (which run to about June 2026).</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].summary</extracomment>
        <translation>Los principales casos judiciales de 2014 a 2026, lo que decidió cada uno y qué apelaciones seguían abiertas en nuestras fuentes (que llegan hasta alrededor de junio de 2026).</translation>
    </message>
    <message>
        <source>Court cases in this area fall into two groups.

- **Detainer cases.** May a jail keep someone past release because ICE asked?
- **Sanctuary and funding cases.** Can the federal government cut money to places that limit help to ICE, or sue them?

This walkthrough goes through both, with dates. Some cases were still open in our sources, which run to about June 2026.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[0].body</extracomment>
        <translation>Los casos judiciales sobre este tema se dividen en dos grupos.

- **Casos sobre órdenes de retención migratoria.** ¿Puede una cárcel retener a alguien después de que debía quedar libre, porque ICE lo pidió?
- **Casos sobre lugares &quot;santuario&quot; y fondos.** ¿Puede el gobierno federal quitarles dinero a los lugares que limitan su ayuda a ICE, o demandarlos?

Este recorrido repasa los dos grupos, con fechas. Algunos casos seguían abiertos en nuestras fuentes, que llegan hasta alrededor de junio de 2026.</translation>
    </message>
    <message>
        <source>- **Lunn (2017).** Massachusetts&apos;s highest court said holding someone on a civil detainer is an arrest under state law. State law gives court officers no power to hold a person only on a federal civil detainer. The court left any change to the legislature.
- **Gonzalez v. ICE (2019 and 2020).** In 2019, a federal trial court found ICE broke the Fourth Amendment by issuing detainers based only on database checks. It also faulted detainers sent to states with no law allowing civil immigration arrests. In 2020, an appeals court threw out the parts about database checks and state law. But it said a person held on a detainer needs a quick probable-cause decision by a neutral judge. It sent the case back. What happened next was not confirmed in our sources.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[2].body</extracomment>
        <translation>- **Lunn (2017).** El tribunal más alto de Massachusetts dijo que retener a alguien por una orden de retención civil es un arresto según la ley estatal. La ley estatal no da a los oficiales de los tribunales el poder de retener a una persona solo por una orden de retención civil federal. El tribunal dejó cualquier cambio en manos de la legislatura.
- **Gonzalez v. ICE (2019 y 2020).** En 2019, un tribunal federal de primera instancia concluyó que ICE violó la Cuarta Enmienda al emitir órdenes de retención basadas solo en búsquedas en bases de datos. También encontró fallas en las órdenes de retención enviadas a estados sin una ley que permita arrestos migratorios civiles. En 2020, un tribunal de apelaciones anuló las partes sobre las búsquedas en bases de datos y sobre la ley estatal. Pero dijo que una persona retenida por una orden de retención necesita que un juez neutral decida pronto si hay causa probable. Devolvió el caso al tribunal inferior. Lo que pasó después no se confirmó en nuestras fuentes.</translation>
    </message>
    <message>
        <source>- **El Cenizo (2018).** An appeals court upheld most of Texas SB 4 (2017), including the rule that jails honor detainers. It was not commandeering, because Texas was directing its own cities and counties.
- **United States v. California (2019).** An appeals court said California SB 54 is not [preempted](term:preemption). The courts said refusing to help is not the same as getting in the way. The Supreme Court declined to review it in 2020.

So a state may require its jails to honor detainers, and a state may limit its help to ICE.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[3].body</extracomment>
        <translation>- **El Cenizo (2018).** Un tribunal de apelaciones confirmó la mayor parte de la ley SB 4 de Texas (2017), incluida la regla de que las cárceles cumplan las órdenes de retención. No era una requisición prohibida (commandeering), porque Texas daba órdenes a sus propias ciudades y condados.
- **United States v. California (2019).** Un tribunal de apelaciones dijo que la ley SB 54 de California no queda [desplazada por la ley federal](term:preemption). Los tribunales dijeron que negarse a ayudar no es lo mismo que poner obstáculos. La Corte Suprema se negó a revisar el caso en 2020.

Así que un estado puede exigir que sus cárceles cumplan las órdenes de retención, y un estado puede limitar su ayuda a ICE.</translation>
    </message>
    <message>
        <source>The Supreme Court ruled for the cities in 2021</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[4].question.choices[0].text</extracomment>
        <translation>La Corte Suprema falló a favor de las ciudades en 2021</translation>
    </message>
    <message>
        <source>In 2025, new executive orders said sanctuary places should lose federal money. San Francisco and others sued.

- **April 24, 2025:** Judge Orrick issued a [preliminary injunction](term:preliminary-injunction). It barred the government from withholding, freezing or adding conditions to funds under parts of the orders.
- **August 22, 2025:** he expanded it to Los Angeles, Boston, Chicago, Denver and about 30 more places.
- **December 5, 2025:** the appeal was argued.
- **About January 20, 2026:** he denied the government&apos;s motion to dismiss and paused the case while the appeal goes on.

The appeals court decision was not known in our sources (which run to about June 2026).</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[5].body</extracomment>
        <translation>En 2025, nuevas órdenes ejecutivas dijeron que los lugares &quot;santuario&quot; debían perder fondos federales. San Francisco y otros lugares demandaron.

- **24 de abril de 2025:** el juez Orrick dictó una [orden judicial preliminar](term:preliminary-injunction). Prohibió al gobierno dejar de entregar, congelar o ponerles condiciones a los fondos con base en partes de esas órdenes.
- **22 de agosto de 2025:** la amplió a Los Ángeles, Boston, Chicago, Denver y unos 30 lugares más.
- **5 de diciembre de 2025:** se presentaron los argumentos orales de la apelación.
- **Alrededor del 20 de enero de 2026:** rechazó el pedido del gobierno de desestimar el caso. También puso el caso en pausa mientras sigue la apelación.

La decisión del tribunal de apelaciones no se conocía en nuestras fuentes (que llegan hasta alrededor de junio de 2026).</translation>
    </message>
    <message>
        <source>- **United States v. Illinois.** Dismissed on July 25, 2025. The judge said the [Tenth Amendment](term:tenth-amendment) protects Illinois&apos;s limits on helping ICE. The government appealed.
- **United States v. New York.** Dismissed on November 17, 2025. The case was about New York&apos;s Protect Our Courts Act. The judge said no federal law requires states to help with civil immigration enforcement.
- **United States v. City of Los Angeles.** Reports say a judge dismissed it in June 2026. The government could amend by July 3, 2026. What happened after that is not known in our sources.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[6].body</extracomment>
        <translation>- **United States v. Illinois.** Se desestimó el 25 de julio de 2025. El tribunal dijo que la [Décima Enmienda](term:tenth-amendment) protege los límites que puso Illinois a la ayuda a ICE. El gobierno apeló.
- **United States v. New York.** Se desestimó el 17 de noviembre de 2025. El caso trataba de la ley Protect Our Courts Act (Ley para Proteger Nuestros Tribunales) de Nueva York. El tribunal dijo que ninguna ley federal obliga a los estados a ayudar con el control migratorio civil.
- **United States v. City of Los Angeles.** Según informes, un tribunal lo desestimó en junio de 2026. El gobierno tenía hasta el 3 de julio de 2026 para corregir su demanda. En nuestras fuentes no se sabe qué pasó después.</translation>
    </message>
    <message>
        <source>In our sources (which run to about June 2026), these were still pending or not confirmed:

- the Ninth Circuit appeal in the 2025 San Francisco case;
- the Seventh Circuit appeal in *United States v. Illinois*;
- any appeal in *United States v. New York*;
- anything after July 3, 2026 in the Los Angeles case;
- the U.S. suits against New Jersey cities and New York City;
- the full Fifth Circuit&apos;s rehearing ([en banc](term:en-banc)) of Texas SB 4 (2023), a state illegal-entry law;
- the Supreme Court&apos;s handling of Florida SB 4-C (2025), another state illegal-entry law.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[7].body</extracomment>
        <translation>En nuestras fuentes (que llegan hasta alrededor de junio de 2026), estos asuntos seguían pendientes o no se habían confirmado:

- la apelación ante el Noveno Circuito en el caso de San Francisco de 2025;
- la apelación ante el Séptimo Circuito en *United States v. Illinois*;
- cualquier apelación en *United States v. New York*;
- cualquier novedad después del 3 de julio de 2026 en el caso de Los Ángeles;
- las demandas de EE. UU. contra ciudades de Nueva Jersey y contra la Ciudad de Nueva York;
- la nueva revisión por el pleno del Quinto Circuito ([en banc](term:en-banc)) de la ley SB 4 de Texas (2023), una ley estatal sobre la entrada ilegal;
- lo que hizo la Corte Suprema con la ley SB 4-C de Florida (2025), otra ley estatal sobre la entrada ilegal.</translation>
    </message>
    <message>
        <source>Tell people that this app&apos;s sources run to about June 2026, so newer rulings may be missing. If someone knows of a newer ruling, thank them and note that the app may need an update.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[7].notes</extracomment>
        <translation>Dígale a la gente que las fuentes de esta aplicación llegan hasta alrededor de junio de 2026, así que pueden faltar fallos más recientes. Si alguien sabe de un fallo más reciente, agradézcale y señale que tal vez haya que actualizar la aplicación.</translation>
    </message>
    <message>
        <source>- Courts have said a detainer is a request under federal law.
- Some federal courts have said holding someone past release on a detainer is a new seizure that needs probable cause.
- States can require help with detainers, or limit it.
- Most courts struck down funding conditions that Congress did not set, but not all.
- In 2025, two federal trial courts dismissed U.S. suits against Illinois and New York laws. Appeals could change that.
- In our sources, several appeals were still open.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[8].body</extracomment>
        <translation>- Los tribunales han dicho que una orden de retención migratoria es una solicitud según la ley federal.
- Algunos tribunales federales han dicho que retener a alguien después de la hora de su liberación por una orden de retención es una nueva detención que necesita causa probable.
- Los estados pueden exigir que se ayude con las órdenes de retención, o limitar esa ayuda.
- La mayoría de los tribunales anuló condiciones para recibir fondos que el Congreso no había fijado, pero no todos.
- En 2025, dos tribunales federales de primera instancia desestimaron demandas de EE. UU. contra leyes de Illinois y de Nueva York. Las apelaciones podrían cambiar eso.
- En nuestras fuentes, varias apelaciones seguían abiertas.</translation>
    </message>
</context>
<context>
    <name>content/walkthrough/federal-overreach-in-law</name>
    <message>
        <source>&quot;Federal overreach&quot;: what courts actually look at</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].title</extracomment>
        <translation>La &quot;extralimitación federal&quot;: lo que de verdad examinan los tribunales</translation>
    </message>
    <message>
        <source>How the everyday phrase &quot;federal overreach&quot; turns into specific legal rules, and why a court decides.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].summary</extracomment>
        <translation>Cómo la frase común &quot;extralimitación federal&quot; se convierte en reglas legales concretas, y por qué quien decide es un tribunal.</translation>
    </message>
    <message>
        <source>A phrase, not a rule</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[0].title</extracomment>
        <translation>Una frase, no una regla</translation>
    </message>
    <message>
        <source>People say &quot;[federal overreach](term:federal-overreach)&quot; when they think the national government went too far. It is a useful everyday phrase. But no court rule is called &quot;overreach.&quot;

Instead, courts use several separate rules. Each asks its own question. This walkthrough covers five of them.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[0].body</extracomment>
        <translation>La gente habla de &quot;[extralimitación federal](term:federal-overreach)&quot; cuando cree que el gobierno nacional fue demasiado lejos. Es una frase útil en la vida diaria. Pero ninguna regla de los tribunales se llama &quot;extralimitación&quot;.

En cambio, los tribunales usan varias reglas distintas. Cada una hace su propia pregunta. Este recorrido explica cinco de ellas.</translation>
    </message>
    <message>
        <source>Ask the room what &quot;overreach&quot; means to them. Write a few answers down. By the end, you can sort their examples into the legal rules you cover.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[0].notes</extracomment>
        <translation>Pregunte al grupo qué significa para ellos &quot;extralimitación&quot;, o sea, pasarse de los límites. Anote algunas respuestas. Al final, podrá clasificar sus ejemplos según las reglas legales que explique.</translation>
    </message>
    <message>
        <source>Power must come from Congress</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[1].title</extracomment>
        <translation>El poder debe venir del Congreso</translation>
    </message>
    <message>
        <source>A federal agency has only the powers Congress gives it. Acting beyond them is called acting [ultra vires](term:ultra-vires), Latin for &quot;beyond the powers.&quot;

The [Byrne JAG](term:byrne-jag) grant cases show this. In 2017, the Justice Department added immigration conditions to a police grant. Several appeals courts said Congress never gave it power to do that. One court said the executive branch &quot;literally has no power to act&quot; unless Congress gives it that power.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[1].body</extracomment>
        <translation>Una agencia federal solo tiene los poderes que le da el Congreso. Actuar más allá de esos poderes se llama actuar [ultra vires](term:ultra-vires), que en latín significa &quot;más allá de los poderes&quot;.

Los casos de los fondos [Byrne JAG](term:byrne-jag) lo muestran. En 2017, el Departamento de Justicia agregó condiciones sobre inmigración a un programa de fondos para la policía. Varios tribunales de apelaciones dijeron que el Congreso nunca le dio poder para hacer eso. Un tribunal dijo que el poder ejecutivo &quot;literalmente no tiene poder para actuar&quot; a menos que el Congreso le dé ese poder.</translation>
    </message>
    <message>
        <source>Stress the question courts asked: did Congress allow this? Not: is this a good policy? That shift is the heart of this whole walkthrough.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[1].notes</extracomment>
        <translation>Subraye la pregunta que hicieron los tribunales: ¿lo permitió el Congreso? No: ¿es una buena política? Ese cambio de pregunta es el centro de todo este recorrido.</translation>
    </message>
    <message>
        <source>No commanding state officers</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[2].title</extracomment>
        <translation>No se pueden dar órdenes a funcionarios estatales</translation>
    </message>
    <message>
        <source>A helpful picture: the federal government can do its own work, but it cannot draft state workers to do it. Point out that the rule protects all states, whatever their politics.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[2].notes</extracomment>
        <translation>Una imagen útil: el gobierno federal puede hacer su propio trabajo, pero no puede reclutar a trabajadores estatales para que lo hagan. Señale que la regla protege a todos los estados, sin importar qué partido los gobierne.</translation>
    </message>
    <message>
        <source>A federal law orders county sheriffs to run a federal program. Which rule is most likely to apply?</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[2].question.prompt</extracomment>
        <translation>Una ley federal ordena a los alguaciles (sheriffs) de los condados administrar un programa federal. ¿Qué regla es más probable que se aplique?</translation>
    </message>
    <message>
        <source>The anti-commandeering rule</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[2].question.choices[0].text</extracomment>
        <translation>La regla contra la requisición (anti-commandeering)</translation>
    </message>
    <message>
        <source>Right. Congress cannot command state or local officers to carry out federal programs.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[2].question.choices[0].explanation</extracomment>
        <translation>Correcto. El Congreso no puede ordenar a funcionarios estatales o locales que lleven a cabo programas federales.</translation>
    </message>
    <message>
        <source>Preemption</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[2].question.choices[1].text
----------
walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[3].question.choices[2].text
----------
walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[5].question.choices[0].text</extracomment>
        <translation>La prevalencia de la ley federal</translation>
    </message>
    <message>
        <source>Not here. Preemption is about federal law overriding a state law. This is about federal orders to state officers.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[2].question.choices[1].explanation</extracomment>
        <translation>Aquí no. La prevalencia de la ley federal trata de cuando una ley federal desplaza a una ley estatal. Esto trata de órdenes federales a funcionarios estatales.</translation>
    </message>
    <message>
        <source>The political question doctrine</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[2].question.choices[2].text</extracomment>
        <translation>La doctrina de la cuestión política</translation>
    </message>
    <message>
        <source>No. Courts decide these cases on the merits.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[2].question.choices[2].explanation</extracomment>
        <translation>No. Los tribunales deciden el fondo de estos casos.</translation>
    </message>
    <message>
        <source>Strings on federal money</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[3].title</extracomment>
        <translation>Condiciones atadas al dinero federal</translation>
    </message>
    <message>
        <source>The [Spending Clause](term:spending-clause) lets Congress attach conditions to federal money. Only Congress has this &quot;power of the purse.&quot; The President cannot add conditions that Congress did not set. An appeals court applied this rule in 2018 to a 2017 executive order.

Congress&apos;s own conditions have limits too. They must relate to the program. They must not [coerce](term:coercion). In 2012, the Supreme Court found a threat to take away all of a state&apos;s Medicaid money coercive.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[3].body</extracomment>
        <translation>La [Cláusula de Gasto](term:spending-clause) permite al Congreso poner condiciones al dinero federal. Solo el Congreso tiene este &quot;poder sobre el dinero&quot;. El presidente no puede agregar condiciones que el Congreso no fijó. Un tribunal de apelaciones aplicó esta regla en 2018 a una orden ejecutiva de 2017.

Las condiciones que pone el propio Congreso también tienen límites. Deben tener relación con el programa. No pueden ser una [coacción](term:coercion), es decir, una presión que no deja opción real. En 2012, la Corte Suprema concluyó que amenazar con quitarle a un estado todo su dinero de Medicaid era una coacción.</translation>
    </message>
    <message>
        <source>Use an everyday comparison: a grant is like an offer with terms. Only the one who makes the offer, Congress, can set the terms, and the terms cannot be a threat that leaves no real choice.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[3].notes</extracomment>
        <translation>Use una comparación de la vida diaria: un programa de fondos es como una oferta con condiciones. Solo quien hace la oferta, el Congreso, puede poner las condiciones, y esas condiciones no pueden ser una amenaza que no deje una opción real.</translation>
    </message>
    <message>
        <source>The President adds a new condition to a grant that Congress never set. Which idea is most at stake?</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[3].question.prompt</extracomment>
        <translation>El presidente agrega a un programa de fondos una condición nueva que el Congreso nunca fijó. ¿Qué idea está más en juego?</translation>
    </message>
    <message>
        <source>Only Congress can set conditions on federal money</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[3].question.choices[0].text</extracomment>
        <translation>Solo el Congreso puede poner condiciones al dinero federal</translation>
    </message>
    <message>
        <source>Right. The executive cannot add conditions Congress did not approve.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[3].question.choices[0].explanation</extracomment>
        <translation>Correcto. El poder ejecutivo no puede agregar condiciones que el Congreso no aprobó.</translation>
    </message>
    <message>
        <source>The Fourth Amendment</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[3].question.choices[1].text
----------
walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[4].title</extracomment>
        <translation>La Cuarta Enmienda</translation>
    </message>
    <message>
        <source>No. The Fourth Amendment is about searches and seizures, not grant conditions.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[3].question.choices[1].explanation</extracomment>
        <translation>No. La Cuarta Enmienda trata de registros y detenciones, no de condiciones para recibir fondos.</translation>
    </message>
    <message>
        <source>No. Preemption is about federal law overriding state law.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[3].question.choices[2].explanation</extracomment>
        <translation>No. La prevalencia de la ley federal trata de cuando una ley federal desplaza a una ley estatal.</translation>
    </message>
    <message>
        <source>Keep this calm and factual. People may have strong feelings about home entry. Make clear the memo&apos;s legality is disputed, and that no court ruling on it was confirmed in this app&apos;s sources.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[4].notes</extracomment>
        <translation>Mantenga un tono tranquilo y basado en hechos. Puede que la gente tenga sentimientos fuertes sobre la entrada a las viviendas. Deje claro que la legalidad del memorando está en disputa y que las fuentes de esta aplicación no confirmaron ningún fallo judicial sobre él.</translation>
    </message>
    <message>
        <source>It runs both ways</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[5].title</extracomment>
        <translation>Funciona en los dos sentidos</translation>
    </message>
    <message>
        <source>This step helps mixed rooms. It shows the legal rules are not on one side. Ask: can you think of a time a state went too far? Then connect it to preemption.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[5].notes</extracomment>
        <translation>Este paso ayuda en grupos con opiniones distintas. Muestra que las reglas legales no están de un solo lado. Pregunte: ¿se les ocurre un caso en que un estado fue demasiado lejos? Luego relaciónelo con la prevalencia de la ley federal.</translation>
    </message>
    <message>
        <source>A state makes it a state crime to be in the country without permission. Which idea would a court most likely use?</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[5].question.prompt</extracomment>
        <translation>Un estado convierte en delito estatal estar en el país sin permiso. ¿Qué idea es más probable que use un tribunal?</translation>
    </message>
    <message>
        <source>Right. Courts ask whether federal immigration law overrides the state law.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[5].question.choices[0].explanation</extracomment>
        <translation>Correcto. Los tribunales preguntan si la ley federal de inmigración desplaza a la ley estatal.</translation>
    </message>
    <message>
        <source>Anti-commandeering</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[5].question.choices[1].text</extracomment>
        <translation>La regla contra la requisición (anti-commandeering)</translation>
    </message>
    <message>
        <source>No. That rule protects states from federal orders. Here the state itself is acting.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[5].question.choices[1].explanation</extracomment>
        <translation>No. Esa regla protege a los estados de las órdenes federales. Aquí es el propio estado el que actúa.</translation>
    </message>
    <message>
        <source>The Spending Clause</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[5].question.choices[2].text</extracomment>
        <translation>La Cláusula de Gasto</translation>
    </message>
    <message>
        <source>No. No federal money or grant condition is involved.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[5].question.choices[2].explanation</extracomment>
        <translation>No. No hay dinero federal ni condiciones para recibir fondos de por medio.</translation>
    </message>
    <message>
        <source>Federal pushes sometimes win</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[6].title</extracomment>
        <translation>A veces ganan las medidas federales</translation>
    </message>
    <message>
        <source>Courts have also upheld federal actions that cities called overreach.

- In 2019, an appeals court allowed extra points in a competitive police grant for cities that cooperated on immigration.
- In 2020, another appeals court upheld the Byrne JAG conditions that other courts struck down.

The Supreme Court did not settle this split. The same policy won in one court and lost in another.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[6].body</extracomment>
        <translation>Los tribunales también han confirmado medidas federales que las ciudades llamaron extralimitación.

- En 2019, un tribunal de apelaciones permitió dar puntos extra en un concurso de fondos para la policía a las ciudades que cooperaban en temas de inmigración.
- En 2020, otro tribunal de apelaciones confirmó las condiciones de Byrne JAG que otros tribunales habían anulado.

La Corte Suprema no resolvió este desacuerdo. La misma política ganó en un tribunal y perdió en otro.</translation>
    </message>
    <message>
        <source>Point out that this is normal in law: different courts can disagree until a higher court decides. It is a good reason to avoid saying a policy &quot;is&quot; overreach before a court rules.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[6].notes</extracomment>
        <translation>Señale que esto es normal en el derecho: distintos tribunales pueden no estar de acuerdo hasta que decide un tribunal superior. Es una buena razón para no decir que una política &quot;es&quot; extralimitación antes de que un tribunal decida.</translation>
    </message>
    <message>
        <source>A conclusion, not a label</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[7].title</extracomment>
        <translation>Una conclusión, no una etiqueta</translation>
    </message>
    <message>
        <source>Go back to the examples the room gave at the start. Sort each into one of the rules. Remind everyone that only a court can decide, and that results can change on appeal.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[7].notes</extracomment>
        <translation>Vuelva a los ejemplos que dio el grupo al principio. Clasifique cada uno según una de las reglas. Recuerde a todos que solo un tribunal puede decidir y que los resultados pueden cambiar en una apelación.</translation>
    </message>
    <message>
        <source>Under the [anti-commandeering](term:anti-commandeering) rule, Congress cannot order states or state officers to carry out a federal program. Courts base it on the [Tenth Amendment](term:tenth-amendment).

- In 1992, the Supreme Court said Congress cannot force states to run a federal program.
- In [Printz](source:printz-1997) (1997), it said Congress could not make local sheriffs run gun background checks.
- In [Murphy](source:murphy-2018) (2018), it said the rule also covers laws that *forbid* states to act.

In 2025, two federal trial courts dismissed U.S. lawsuits against Illinois and New York laws that limit help to ICE. The Tenth Amendment was one reason. The government appealed in Illinois, so these results could change.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[2].body</extracomment>
        <translation>Según la regla [contra la requisición (anti-commandeering)](term:anti-commandeering), el Congreso no puede ordenar a los estados ni a sus funcionarios que lleven a cabo un programa federal. Los tribunales basan esta regla en la [Décima Enmienda](term:tenth-amendment).

- En 1992, la Corte Suprema dijo que el Congreso no puede obligar a los estados a administrar un programa federal.
- En [Printz](source:printz-1997) (1997), dijo que el Congreso no podía obligar a los alguaciles (sheriffs) locales a hacer las verificaciones de antecedentes para la compra de armas.
- En [Murphy](source:murphy-2018) (2018), dijo que la regla también cubre las leyes que *prohíben* a los estados actuar.

En 2025, dos tribunales federales de primera instancia desestimaron demandas del gobierno de EE. UU. contra leyes de Illinois y de Nueva York que limitan la ayuda a ICE. Una de las razones fue la Décima Enmienda. El gobierno apeló en el caso de Illinois, así que estos resultados podrían cambiar.</translation>
    </message>
    <message>
        <source>The [Fourth Amendment](term:fourth-amendment) protects against unreasonable searches and [seizures](term:seizure).

- **Detainer holds.** Some federal courts have said keeping someone in jail past release on a detainer is a new seizure. It needs [probable cause](term:probable-cause).
- **Homes.** In 1980, in *Payton v. New York*, the Supreme Court said police generally need a judge-signed warrant (an arrest warrant) to enter a home to arrest someone, unless there is consent. Longstanding guidance says an administrative immigration warrant alone does not allow entry without consent. A 2025 ICE memo, made public in 2026, disagrees for some cases. Its legality is contested.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[4].body</extracomment>
        <translation>La [Cuarta Enmienda](term:fourth-amendment) protege contra registros y [detenciones](term:seizure) irrazonables.

- **Retenciones migratorias en la cárcel.** Algunos tribunales federales han dicho que mantener a alguien en la cárcel después de la hora de su liberación por una orden de retención es una nueva detención. Necesita [causa probable](term:probable-cause).
- **Viviendas.** En 1980, en *Payton v. New York*, la Corte Suprema dijo que, en general, la policía necesita una orden firmada por un juez (una orden de arresto) para entrar a una vivienda a arrestar a alguien, salvo que haya consentimiento. Según una guía que existe desde hace mucho tiempo, una orden administrativa de inmigración (firmada por un oficial de inmigración, no por un juez) no permite por sí sola entrar sin consentimiento. Un memorando de ICE de 2025, que se hizo público en 2026, dice lo contrario en algunos casos. Su legalidad está en disputa.</translation>
    </message>
    <message>
        <source>States can overstep too. When a valid federal law overrides a state law, that is [preemption](term:preemption).

In 2012, the Supreme Court blocked three parts of Arizona&apos;s SB 1070. They created state crimes about registration papers and work, and allowed arrests without a warrant for being removable. Later, courts blocked Texas and Florida laws that made illegal entry a state crime. These cases were still going on. A higher court could change these results.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[5].body</extracomment>
        <translation>Los estados también pueden excederse. Cuando una ley federal válida se impone sobre una ley estatal, eso se llama [prevalencia de la ley federal](term:preemption).

En 2012, la Corte Suprema bloqueó tres partes de la ley SB 1070 de Arizona. Esas partes creaban delitos estatales sobre los documentos de registro y sobre el trabajo. También permitían arrestar sin orden de arresto a una persona por ser deportable. Más tarde, los tribunales bloquearon leyes de Texas y de Florida que convertían la entrada ilegal en un delito estatal. Estos casos seguían en curso. Un tribunal superior podría cambiar estos resultados.</translation>
    </message>
    <message>
        <source>- &quot;Overreach&quot; is an everyday word. Courts use specific rules.
- Power must come from Congress.
- Congress cannot command state officers.
- Only Congress sets conditions on money, and it cannot coerce.
- The Fourth Amendment limits seizures and home entry.
- States can overstep too. Preemption is the rule for that.

Whether something is overreach is a conclusion a court reaches.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[7].body</extracomment>
        <translation>- &quot;Extralimitación&quot; es una palabra de la vida diaria. Los tribunales usan reglas concretas.
- El poder debe venir del Congreso.
- El Congreso no puede dar órdenes a funcionarios estatales.
- Solo el Congreso pone condiciones al dinero, y no puede usar la coacción.
- La Cuarta Enmienda limita las detenciones y la entrada a las viviendas.
- Los estados también pueden excederse. Para eso existe la regla de la prevalencia de la ley federal.

Si algo es o no extralimitación lo concluye un tribunal.</translation>
    </message>
</context>
<context>
    <name>content/walkthrough/how-ice-works-with-local-police</name>
    <message>
        <source>How ICE works with local police</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].title</extracomment>
        <translation>Cómo trabaja ICE con la policía local</translation>
    </message>
    <message>
        <source>A step-by-step look at 287(g) agreements, fingerprint checks, detainers, warrants and state laws.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].summary</extracomment>
        <translation>Una mirada paso a paso a los acuerdos 287(g), la revisión de huellas digitales, las órdenes de retención migratoria, las órdenes de arresto y las leyes estatales.</translation>
    </message>
    <message>
        <source>Two levels of government</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[0].title</extracomment>
        <translation>Dos niveles de gobierno</translation>
    </message>
    <message>
        <source>[ICE](term:ice) is a federal agency. It is part of the Department of Homeland Security, or [DHS](term:dhs). It enforces immigration law inside the country.

Local police and sheriffs work for cities, counties and states. They do not work for ICE.

The two can connect in a few ways. This walkthrough covers four: written 287(g) agreements, fingerprint checks, detainers and state laws.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[0].body</extracomment>
        <translation>[ICE](term:ice) (Servicio de Inmigración y Control de Aduanas) es una agencia federal. Es parte del Departamento de Seguridad Nacional, o [DHS](term:dhs). Hace cumplir la ley de inmigración dentro del país.

La policía local y los alguaciles (sheriffs) trabajan para ciudades, condados y estados. No trabajan para ICE.

Los dos pueden conectarse de varias formas. Este recorrido explica cuatro: acuerdos 287(g) por escrito, revisión de huellas digitales, órdenes de retención migratoria y leyes estatales.</translation>
    </message>
    <message>
        <source>Start by asking the room: who do local police work for? Many people think local police and ICE are one agency. Make clear they are separate, and that written agreements and laws set the links between them.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[0].notes</extracomment>
        <translation>Empiece con una pregunta al grupo: ¿para quién trabaja la policía local? Mucha gente cree que la policía local e ICE son una sola agencia. Deje claro que son distintas, y que los acuerdos por escrito y las leyes fijan los vínculos entre ellas.</translation>
    </message>
    <message>
        <source>287(g): a written agreement</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[1].title</extracomment>
        <translation>287(g): un acuerdo por escrito</translation>
    </message>
    <message>
        <source>A [287(g) agreement](term:287g-agreement) is a written deal between ICE and a local or state agency. It comes from a 1996 law.

Under the deal, some local officers get ICE training. Then they may do certain immigration tasks. They work under ICE supervision, for a set time.

The first agreement was signed in 2002, with a Florida state agency.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[1].body</extracomment>
        <translation>Un [acuerdo 287(g)](term:287g-agreement) es un acuerdo por escrito entre ICE y una agencia local o estatal. Viene de una ley de 1996.

Con este acuerdo, algunos agentes locales reciben capacitación de ICE. Después pueden hacer ciertas tareas de inmigración. Trabajan bajo la supervisión de ICE, por un tiempo fijo.

El primer acuerdo se firmó en 2002, con una agencia del estado de Florida.</translation>
    </message>
    <message>
        <source>A common mix-up is that every officer in a 287(g) county becomes an immigration agent. Only trained officers named under the agreement take part. Mention that some states now require sheriffs to seek these agreements; you will cover that later.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[1].notes</extracomment>
        <translation>Una confusión común es pensar que todos los agentes de un condado con 287(g) se vuelven agentes de inmigración. Solo participan los agentes capacitados que el acuerdo nombra. Mencione que algunos estados ahora obligan a los alguaciles a buscar estos acuerdos; eso se verá más adelante.</translation>
    </message>
    <message>
        <source>What is a 287(g) agreement?</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[1].question.prompt</extracomment>
        <translation>¿Qué es un acuerdo 287(g)?</translation>
    </message>
    <message>
        <source>A written deal that lets trained local officers do some ICE tasks, under ICE supervision</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[1].question.choices[0].text</extracomment>
        <translation>Un acuerdo por escrito que permite a agentes locales capacitados hacer algunas tareas de ICE, bajo la supervisión de ICE</translation>
    </message>
    <message>
        <source>Right. It is a formal, written agreement. Officers get training and work under ICE supervision.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[1].question.choices[0].explanation</extracomment>
        <translation>Correcto. Es un acuerdo formal y por escrito. Los agentes reciben capacitación y trabajan bajo la supervisión de ICE.</translation>
    </message>
    <message>
        <source>A law that makes every police officer an immigration agent</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[1].question.choices[1].text</extracomment>
        <translation>Una ley que convierte a todos los policías en agentes de inmigración</translation>
    </message>
    <message>
        <source>No. Only trained officers in agencies that sign an agreement take part, and only for the tasks it allows.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[1].question.choices[1].explanation</extracomment>
        <translation>No. Solo participan agentes capacitados de las agencias que firman un acuerdo, y solo en las tareas que el acuerdo permite.</translation>
    </message>
    <message>
        <source>A court order telling police to arrest people</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[1].question.choices[2].text</extracomment>
        <translation>Una orden de un tribunal que le dice a la policía que arreste a personas</translation>
    </message>
    <message>
        <source>No. ICE and a local agency sign it. No court issues it.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[1].question.choices[2].explanation</extracomment>
        <translation>No. Lo firman ICE y una agencia local. Ningún tribunal lo emite.</translation>
    </message>
    <message>
        <source>Three models</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[2].title</extracomment>
        <translation>Tres modelos</translation>
    </message>
    <message>
        <source>There are three kinds of 287(g) agreements today.

- **[Jail Enforcement Model](term:jail-enforcement-model).** Jail staff ask people already in jail about immigration status. They check federal records and prepare papers for ICE.
- **[Warrant Service Officer](term:warrant-service-officer).** Officers serve ICE&apos;s own warrants on people already in their jail.
- **[Task Force Model](term:task-force-model).** Officers may use some immigration powers during normal police work in the community. It is the broadest model.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[2].body</extracomment>
        <translation>Hoy hay tres tipos de acuerdos 287(g).

- **[Modelo de Control en las Cárceles](term:jail-enforcement-model).** El personal de la cárcel pregunta por el estatus migratorio a personas que ya están en la cárcel. Revisa registros federales y prepara documentos para ICE.
- **[Oficial de Servicio de Órdenes](term:warrant-service-officer).** Los agentes ejecutan las órdenes de arresto administrativas del propio ICE contra personas que ya están en su cárcel.
- **[Modelo de Grupo de Trabajo](term:task-force-model).** Los agentes pueden usar algunos poderes de inmigración en su trabajo policial normal en la comunidad. Es el modelo más amplio.</translation>
    </message>
    <message>
        <source>Draw three boxes: questions in the jail, warrants in the jail, and street policing. Ask which one reaches furthest into daily life. The answer is the Task Force Model, because it works outside the jail.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[2].notes</extracomment>
        <translation>Dibuje tres cuadros: preguntas en la cárcel, órdenes de arresto en la cárcel y trabajo policial en la calle. Pregunte cuál llega más lejos en la vida diaria. La respuesta es el Modelo de Grupo de Trabajo, porque funciona fuera de la cárcel.</translation>
    </message>
    <message>
        <source>Which model lets officers use immigration powers during everyday police work in the community?</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[2].question.prompt</extracomment>
        <translation>¿Qué modelo permite a los agentes usar poderes de inmigración en el trabajo policial diario en la comunidad?</translation>
    </message>
    <message>
        <source>Jail Enforcement Model</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[2].question.choices[0].text</extracomment>
        <translation>Modelo de Control en las Cárceles</translation>
    </message>
    <message>
        <source>No. This model works with people who are already in jail.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[2].question.choices[0].explanation</extracomment>
        <translation>No. Este modelo trabaja con personas que ya están en la cárcel.</translation>
    </message>
    <message>
        <source>Warrant Service Officer</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[2].question.choices[1].text</extracomment>
        <translation>Oficial de Servicio de Órdenes</translation>
    </message>
    <message>
        <source>No. These officers serve ICE warrants on people already in their jail.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[2].question.choices[1].explanation</extracomment>
        <translation>No. Estos agentes ejecutan órdenes de arresto administrativas de ICE contra personas que ya están en su cárcel.</translation>
    </message>
    <message>
        <source>Task Force Model</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[2].question.choices[2].text</extracomment>
        <translation>Modelo de Grupo de Trabajo</translation>
    </message>
    <message>
        <source>Right. The Task Force Model reaches into regular police work in the community. It is the broadest model.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[2].question.choices[2].explanation</extracomment>
        <translation>Correcto. El Modelo de Grupo de Trabajo llega al trabajo policial normal en la comunidad. Es el modelo más amplio.</translation>
    </message>
    <message>
        <source>Numbers in the news may not match, and that is normal. One agency can sign more than one model, so agreement counts run higher than agency counts. Remind the room that the newest figures here are from early 2026.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[3].notes</extracomment>
        <translation>Es normal que los números de las noticias no coincidan. Una agencia puede firmar más de un modelo, así que hay más acuerdos que agencias. Recuérdele al grupo que las cifras más nuevas aquí son de principios de 2026.</translation>
    </message>
    <message>
        <source>Fingerprints at booking</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[4].title</extracomment>
        <translation>Huellas digitales al entrar a la cárcel</translation>
    </message>
    <message>
        <source>When a jail books someone, it takes fingerprints. The prints go to the FBI. Under [Secure Communities](term:secure-communities), they are also checked against a DHS records system called [IDENT](term:ident). A match alerts ICE, and ICE decides what to do.

This check is automatic. A local agency cannot opt out of it.

What local agencies control is what happens next. They decide whether to honor detainers and share release dates, unless state law decides for them.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[4].body</extracomment>
        <translation>Cuando una cárcel registra la entrada de una persona, le toma las huellas digitales. Las huellas van al FBI. Con [Comunidades Seguras](term:secure-communities), también se comparan con un sistema de registros del DHS llamado [IDENT](term:ident). Si hay una coincidencia, se le avisa a ICE, y ICE decide qué hacer.

Esta revisión es automática. Una agencia local no puede salirse de ella.

Lo que sí controlan las agencias locales es lo que pasa después. Deciden si cumplen las órdenes de retención migratoria y si comparten las fechas de salida de la cárcel, a menos que la ley estatal decida por ellas.</translation>
    </message>
    <message>
        <source>This is one of the most misunderstood points. People often think a &quot;sanctuary&quot; city keeps ICE from learning about an arrest. It does not stop the fingerprint check. It changes what the jail does afterward.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[4].notes</extracomment>
        <translation>Este es uno de los puntos que más se malentienden. Mucha gente cree que una ciudad &quot;santuario&quot; impide que ICE se entere de un arresto. No detiene la revisión de huellas. Cambia lo que hace la cárcel después.</translation>
    </message>
    <message>
        <source>Can a county jail opt out of the fingerprint check?</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[4].question.prompt</extracomment>
        <translation>¿Puede una cárcel del condado salirse de la revisión de huellas digitales?</translation>
    </message>
    <message>
        <source>Yes, by passing a local rule</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[4].question.choices[0].text</extracomment>
        <translation>Sí, si aprueba una regla local</translation>
    </message>
    <message>
        <source>No. The check happens automatically through the FBI. A local rule can shape what the jail does next, but not the check.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[4].question.choices[0].explanation</extracomment>
        <translation>No. La revisión se hace automáticamente a través del FBI. Una regla local puede influir en lo que la cárcel hace después, pero no en la revisión.</translation>
    </message>
    <message>
        <source>No. The check is automatic, but the jail controls some of what happens next</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[4].question.choices[1].text</extracomment>
        <translation>No. La revisión es automática, pero la cárcel controla parte de lo que pasa después</translation>
    </message>
    <message>
        <source>Right. The jail cannot avoid the check. Its choices are about detainers and release dates, within state law.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[4].question.choices[1].explanation</extracomment>
        <translation>Correcto. La cárcel no puede evitar la revisión. Sus decisiones tienen que ver con las órdenes de retención migratoria y las fechas de salida, dentro de la ley estatal.</translation>
    </message>
    <message>
        <source>Only if ICE agrees in writing</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[4].question.choices[2].text</extracomment>
        <translation>Solo si ICE lo acepta por escrito</translation>
    </message>
    <message>
        <source>No. There is no opt-out from the check itself.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[4].question.choices[2].explanation</extracomment>
        <translation>No. No hay forma de salirse de la revisión en sí.</translation>
    </message>
    <message>
        <source>What a detainer asks</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[5].title</extracomment>
        <translation>Qué pide una orden de retención migratoria</translation>
    </message>
    <message>
        <source>Draw a simple timeline: arrest, booking, release date, then up to 48 hours. Point out that weekends and holidays do not count, so the real time can be longer. Keep the tone factual; the goal is understanding, not alarm.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[5].notes</extracomment>
        <translation>Dibuje una línea de tiempo sencilla: arresto, entrada a la cárcel, fecha de salida y luego hasta 48 horas. Señale que los fines de semana y los feriados no cuentan, así que el tiempo real puede ser más largo. Mantenga un tono basado en hechos; la meta es que se entienda, no causar alarma.</translation>
    </message>
    <message>
        <source>Two kinds of warrants</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[6].title</extracomment>
        <translation>Dos tipos de órdenes de arresto</translation>
    </message>
    <message>
        <source>Many people think any paper called a &quot;warrant&quot; comes from a judge. Stress that the key question is who signed it. If you have a printed sample, point to the DHS heading and the officer&apos;s signature line.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[6].notes</extracomment>
        <translation>Mucha gente cree que cualquier papel llamado &quot;orden&quot; (warrant) viene de un juez. Insista en que la pregunta clave es quién lo firmó. Si tiene un ejemplo impreso, señale el encabezado del DHS y la línea donde firma el oficial.</translation>
    </message>
    <message>
        <source>Who signs a Form I-200 or Form I-205?</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[6].question.prompt</extracomment>
        <translation>¿Quién firma un Formulario I-200 o un Formulario I-205?</translation>
    </message>
    <message>
        <source>A judge</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[6].question.choices[0].text</extracomment>
        <translation>Un juez</translation>
    </message>
    <message>
        <source>No. A judge signs a judicial warrant. Forms I-200 and I-205 are signed by immigration officers.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[6].question.choices[0].explanation</extracomment>
        <translation>No. Un juez firma una orden judicial. Los formularios I-200 e I-205 los firman oficiales de inmigración.</translation>
    </message>
    <message>
        <source>An immigration officer</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[6].question.choices[1].text</extracomment>
        <translation>Un oficial de inmigración</translation>
    </message>
    <message>
        <source>Right. That is why they are called administrative warrants.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[6].question.choices[1].explanation</extracomment>
        <translation>Correcto. Por eso se llaman órdenes administrativas.</translation>
    </message>
    <message>
        <source>The local police chief</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[6].question.choices[2].text</extracomment>
        <translation>El jefe de la policía local</translation>
    </message>
    <message>
        <source>No. They are DHS forms signed by immigration officers.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[6].question.choices[2].explanation</extracomment>
        <translation>No. Son formularios del DHS que firman oficiales de inmigración.</translation>
    </message>
    <message>
        <source>States choose different paths</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[7].title</extracomment>
        <translation>Los estados eligen caminos distintos</translation>
    </message>
    <message>
        <source>Ask: what kind of state are we in? If you do not know, say so; this app does not track local rules. Describe what the laws say, without calling states good or bad.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[7].notes</extracomment>
        <translation>Pregunte: ¿en qué tipo de estado estamos? Si no lo sabe, dígalo; esta aplicación no tiene información sobre las reglas locales. Describa lo que dicen las leyes, sin llamar a los estados buenos o malos.</translation>
    </message>
    <message>
        <source>Recap</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[8].title</extracomment>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>- A 287(g) agreement is written and supervised, in three models.
- Fingerprint checks at booking are automatic.
- Under federal law, a detainer is a request. Some states make honoring it required.
- Immigration officers sign administrative warrants. Judges sign judicial warrants.
- State law shapes much of the rest.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[8].body</extracomment>
        <translation>- Un acuerdo 287(g) es por escrito, tiene supervisión y existe en tres modelos.
- La revisión de huellas digitales al entrar a la cárcel es automática.
- Según la ley federal, una orden de retención migratoria es una solicitud. Algunos estados obligan a cumplirla.
- Una orden administrativa la firma un oficial de inmigración. Una orden judicial la firma un juez.
- La ley estatal define gran parte de lo demás.</translation>
    </message>
    <message>
        <source>Invite questions. If someone asks about their own case, explain that the app gives general information only. Point to the Help page to find a lawyer or a DOJ-accredited representative.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[8].notes</extracomment>
        <translation>Invite a hacer preguntas. Si alguien pregunta por su propio caso, explique que la aplicación solo da información general. Indique la página de Ayuda para encontrar un abogado o un representante acreditado por el Departamento de Justicia (DOJ).</translation>
    </message>
    <message>
        <source>A program that grew, shrank and grew again</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[3].title</extracomment>
        <translation>Un programa que creció, se redujo y volvió a crecer</translation>
    </message>
    <message>
        <source>The program has changed a lot.

- **2002:** the first agreement.
- **2011:** 72 agencies took part.
- **December 2012:** ICE said it would stop renewing Task Force agreements.
- **2017 to 2020:** 35 agencies in January 2017, then 150 in September 2020.
- **January 2025:** about 135. A new executive order asked for as many agreements as the law allows. Reports say ICE began signing Task Force agreements again in early 2025.
- **2025 and 2026:** counts went from about 135 in January 2025 to more than 1,000 by September 2025, per ICE figures reported in the news. A tracker counted more than 1,500 in early March 2026. Newer counts were not found.

Counts differ. Some counts are agreements, and some are agencies.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[3].body</extracomment>
        <translation>El programa ha cambiado mucho.

- **2002:** el primer acuerdo.
- **2011:** participaban 72 agencias.
- **Diciembre de 2012:** ICE dijo que dejaría de renovar los acuerdos del Modelo de Grupo de Trabajo.
- **2017 a 2020:** 35 agencias en enero de 2017, y luego 150 en septiembre de 2020.
- **Enero de 2025:** unos 135. Una nueva orden ejecutiva pidió tantos acuerdos como permita la ley. Según reportes, ICE volvió a firmar acuerdos del Modelo de Grupo de Trabajo a principios de 2025.
- **2025 y 2026:** el número pasó de unos 135 en enero de 2025 a más de 1,000 en septiembre de 2025, según datos de ICE publicados en las noticias. Un sitio que lleva la cuenta contó más de 1,500 a principios de marzo de 2026. No se encontraron cifras más recientes.

Las cifras no coinciden. Algunas cuentan acuerdos y otras cuentan agencias.</translation>
    </message>
    <message>
        <source>A [detainer](term:detainer) is a form ICE sends to a jail. Federal rules call it a *request*. It asks the jail to:

- tell ICE before it lets the person go, and
- keep the person up to 48 more hours, so ICE can take [custody](term:custody).

The 48 hours do not count Saturdays, Sundays or holidays.

Since April 2017, ICE has used [Form I-247A](term:form-i-247a). ICE policy says each detainer needs [probable cause](term:probable-cause), a fair reason based on facts. Some federal courts have said holding someone past release is a new [seizure](term:seizure).</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[5].body</extracomment>
        <translation>Una [orden de retención migratoria](term:detainer) es un formulario que ICE envía a una cárcel. Las reglas federales la llaman una *solicitud*. Le pide a la cárcel que:

- avise a ICE antes de dejar salir a la persona, y
- retenga a la persona hasta 48 horas más, para que ICE pueda tomar la [custodia](term:custody).

Las 48 horas no cuentan sábados, domingos ni días feriados.

Desde abril de 2017, ICE usa el [Formulario I-247A](term:form-i-247a). La política de ICE dice que cada orden de retención necesita [causa probable](term:probable-cause), es decir, una razón justa basada en hechos. Algunos tribunales federales han dicho que retener a alguien después de su hora de salida es una nueva [detención](term:seizure).</translation>
    </message>
    <message>
        <source>ICE policy says each detainer must come with a signed [Form I-200](term:form-i-200) or [Form I-205](term:form-i-205). These are [administrative warrants](term:administrative-warrant). An immigration officer signs them. They do not come from a court.

A [judicial warrant](term:judicial-warrant) is different. A court issues it, and a judge signs it.

Longstanding guidance says an administrative warrant alone does not allow entry into a home without consent. A 2025 ICE memo says a Form I-205 alone can allow forced entry in some cases. Whether that is legal is disputed.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[6].body</extracomment>
        <translation>La política de ICE dice que cada orden de retención migratoria debe ir con un [Formulario I-200](term:form-i-200) o un [Formulario I-205](term:form-i-205) firmado. Estos formularios son [órdenes administrativas](term:administrative-warrant). Los firma un oficial de inmigración. No vienen de un tribunal.

Una [orden judicial](term:judicial-warrant) es distinta. La emite un tribunal y la firma un juez.

Desde hace muchos años, las guías dicen que una orden administrativa por sí sola no permite entrar a una casa sin consentimiento. Un memorando de ICE de 2025 dice que, en algunos casos, un Formulario I-205 por sí solo puede permitir la entrada por la fuerza. Se discute si eso es legal.</translation>
    </message>
    <message>
        <source>State law decides a lot.

- **Require cooperation.** Texas requires jails to honor detainers, and since 2026 requires sheriffs to seek 287(g). Florida requires jails to honor detainers and to hold a 287(g) agreement. Georgia requires sheriffs to apply for 287(g).
- **Limit or forbid it.** California and Illinois limit cooperation. New York bars civil immigration arrests around state courts without a judge&apos;s warrant. Maryland banned 287(g) agreements in 2026.
- **Say nothing.** Then each local agency decides, within federal law.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[7].body</extracomment>
        <translation>La ley estatal decide mucho.

- **Exigir la cooperación.** Texas exige que las cárceles cumplan las órdenes de retención migratoria y, desde 2026, exige que los alguaciles (sheriffs) busquen un acuerdo 287(g). Florida exige que las cárceles cumplan las órdenes de retención y que tengan un acuerdo 287(g). Georgia exige que los alguaciles soliciten el 287(g).
- **Limitarla o prohibirla.** California e Illinois limitan la cooperación. Nueva York prohíbe los arrestos migratorios civiles cerca de los tribunales estatales sin una orden firmada por un juez. Maryland prohibió los acuerdos 287(g) en 2026.
- **No decir nada.** En ese caso, cada agencia local decide, dentro de lo que permite la ley federal.</translation>
    </message>
</context>
<context>
    <name>content/walkthrough/know-your-rights-and-help</name>
    <message>
        <source>Know your rights and find real help</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].title</extracomment>
        <translation>Conozca sus derechos y encuentre ayuda real</translation>
    </message>
    <message>
        <source>Widely published know-your-rights information, how to find a lawyer or accredited representative, and how to avoid notario fraud.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].summary</extracomment>
        <translation>Información muy difundida sobre sus derechos, cómo encontrar un abogado o un representante acreditado, y cómo evitar el fraude de notarios.</translation>
    </message>
    <message>
        <source>General information, not advice</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[0].title</extracomment>
        <translation>Información general, no asesoría</translation>
    </message>
    <message>
        <source>This walkthrough shares information that legal groups publish widely. It is not legal advice for your case. Every case depends on its own facts.

If you need advice, the last steps show where to find a lawyer or an accredited representative.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[0].body</extracomment>
        <translation>Este recorrido comparte información que muchas organizaciones legales publican. No es asesoría legal para su caso. Cada caso depende de sus propios hechos.

Si necesita asesoría, los últimos pasos muestran dónde encontrar un abogado o un representante acreditado.</translation>
    </message>
    <message>
        <source>Say this out loud at the start. Some people in the room may be worried about a real situation. Let them know help exists and where to find it, and keep the tone calm.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[0].notes</extracomment>
        <translation>Diga esto en voz alta al comienzo. Puede que algunas personas del grupo estén preocupadas por una situación real. Hágales saber que hay ayuda y dónde encontrarla, y mantenga un tono tranquilo.</translation>
    </message>
    <message>
        <source>The right to remain silent</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[1].title</extracomment>
        <translation>El derecho a guardar silencio</translation>
    </message>
    <message>
        <source>Practice the words together, in English and Spanish if the room is mixed. Many people fear silence will be seen as guilt; explain that the cards present it as a right.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[1].notes</extracomment>
        <translation>Practiquen juntos las palabras, en inglés y en español si el grupo es mixto. Mucha gente teme que el silencio se vea como culpa; explique que las tarjetas lo presentan como un derecho.</translation>
    </message>
    <message>
        <source>Which statement matches widely published know-your-rights information?</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[1].question.prompt</extracomment>
        <translation>¿Qué frase coincide con la información sobre derechos que muchas organizaciones publican?</translation>
    </message>
    <message>
        <source>You have the right to remain silent</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[1].question.choices[0].text</extracomment>
        <translation>Usted tiene derecho a guardar silencio</translation>
    </message>
    <message>
        <source>Right. Know-your-rights cards say this clearly.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[1].question.choices[0].explanation</extracomment>
        <translation>Correcto. Las tarjetas de &quot;conozca sus derechos&quot; lo dicen claramente.</translation>
    </message>
    <message>
        <source>You must answer every question an officer asks</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[1].question.choices[1].text</extracomment>
        <translation>Debe responder todas las preguntas que le haga un agente</translation>
    </message>
    <message>
        <source>Staying silent is a crime</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[1].question.choices[2].text</extracomment>
        <translation>Guardar silencio es un delito</translation>
    </message>
    <message>
        <source>No. The cards describe staying silent as a right.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[1].question.choices[2].explanation</extracomment>
        <translation>No. Las tarjetas dicen que guardar silencio es un derecho.</translation>
    </message>
    <message>
        <source>The door and the warrant</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[2].title</extracomment>
        <translation>La puerta y la orden</translation>
    </message>
    <message>
        <source>If you can, show what a DHS form looks like next to a court warrant. The signature line is the key. Remind people that this is general information and that facts can change things.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[2].notes</extracomment>
        <translation>Si puede, muestre un formulario del DHS al lado de una orden de un tribunal. La línea de la firma es la clave. Recuerde a las personas que esta es información general y que los hechos pueden cambiar las cosas.</translation>
    </message>
    <message>
        <source>Officers show a DHS form signed by an immigration officer. What kind of warrant is it?</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[2].question.prompt</extracomment>
        <translation>Los agentes muestran un formulario del DHS firmado por un oficial de inmigración. ¿Qué tipo de orden es?</translation>
    </message>
    <message>
        <source>An administrative warrant</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[2].question.choices[0].text</extracomment>
        <translation>Una orden administrativa</translation>
    </message>
    <message>
        <source>Right. DHS forms like I-200 and I-205 are signed by immigration officers.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[2].question.choices[0].explanation</extracomment>
        <translation>Correcto. Los formularios del DHS como el I-200 y el I-205 los firman oficiales de inmigración.</translation>
    </message>
    <message>
        <source>A judicial warrant</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[2].question.choices[1].text</extracomment>
        <translation>Una orden judicial</translation>
    </message>
    <message>
        <source>No. A judicial warrant is issued by a court and signed by a judge.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[2].question.choices[1].explanation</extracomment>
        <translation>No. Una orden judicial la emite un tribunal y la firma un juez.</translation>
    </message>
    <message>
        <source>Not a warrant at all</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[2].question.choices[2].text</extracomment>
        <translation>No es ningún tipo de orden</translation>
    </message>
    <message>
        <source>Not quite. It is a warrant, but an administrative one, not one from a court.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[2].question.choices[2].explanation</extracomment>
        <translation>No exactamente. Sí es una orden, pero administrativa, no de un tribunal.</translation>
    </message>
    <message>
        <source>A disputed 2025 memo</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[4].title</extracomment>
        <translation>Un memorando de 2025 en disputa</translation>
    </message>
    <message>
        <source>Present this without adding fear. Explain that the law here is being argued about, and that a lawyer can say how it applies to a real case. Check for newer news before your session.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[4].notes</extracomment>
        <translation>Presente esto sin agregar miedo. Explique que aquí la ley está en discusión, y que un abogado puede decir cómo se aplica a un caso real. Busque noticias más recientes antes de su sesión.</translation>
    </message>
    <message>
        <source>Finding real legal help</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[5].title</extracomment>
        <translation>Cómo encontrar ayuda legal real</translation>
    </message>
    <message>
        <source>Show the Help page in the app. Explain what each place offers. Do not recommend a particular lawyer or group from the front of the room.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[5].notes</extracomment>
        <translation>Muestre la página de Ayuda en la aplicación. Explique lo que ofrece cada lugar. No recomiende a un abogado ni a un grupo en particular desde el frente del salón.</translation>
    </message>
    <message>
        <source>Watch out for notario fraud</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[6].title</extracomment>
        <translation>Cuidado con el fraude de notarios</translation>
    </message>
    <message>
        <source>Say this warmly, not as a scolding. Many families trusted a notario in good faith. Let people know that a lawyer or accredited representative can review what was filed.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[6].notes</extracomment>
        <translation>Dígalo con calidez, no como un regaño. Muchas familias confiaron de buena fe en un notario. Hágales saber que un abogado o un representante acreditado puede revisar lo que se presentó.</translation>
    </message>
    <message>
        <source>In the United States, can a notario público give you legal advice about immigration?</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[6].question.prompt</extracomment>
        <translation>En los Estados Unidos, ¿puede un notario público darle asesoría legal sobre inmigración?</translation>
    </message>
    <message>
        <source>Yes, notarios are lawyers</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[6].question.choices[0].text</extracomment>
        <translation>Sí, los notarios son abogados</translation>
    </message>
    <message>
        <source>Right. For legal advice, go to a licensed lawyer or a DOJ-accredited representative.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[6].question.choices[1].explanation</extracomment>
        <translation>Correcto. Para recibir asesoría legal, acuda a un abogado con licencia o a un representante acreditado por el Departamento de Justicia (DOJ).</translation>
    </message>
    <message>
        <source>Yes, if they charge a fee</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[6].question.choices[2].text</extracomment>
        <translation>Sí, si cobran por sus servicios</translation>
    </message>
    <message>
        <source>No. Charging a fee does not make someone a lawyer.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[6].question.choices[2].explanation</extracomment>
        <translation>No. Cobrar dinero no convierte a nadie en abogado.</translation>
    </message>
    <message>
        <source>Check the date</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[7].title</extracomment>
        <translation>Revise la fecha</translation>
    </message>
    <message>
        <source>Know-your-rights cards from legal groups say you have the [right to remain silent](term:right-to-remain-silent).

The cards include the words: &quot;I choose to exercise my constitutional rights.&quot;</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[1].body</extracomment>
        <translation>Las tarjetas de &quot;conozca sus derechos&quot; de organizaciones legales dicen que usted tiene el [derecho a guardar silencio](term:right-to-remain-silent).

Las tarjetas incluyen estas palabras: &quot;Elijo ejercer mis derechos constitucionales&quot;.</translation>
    </message>
    <message>
        <source>No. Know-your-rights cards say you have the right to remain silent.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[1].question.choices[1].explanation</extracomment>
        <translation>No. Las tarjetas de &quot;conozca sus derechos&quot; dicen que usted tiene derecho a guardar silencio.</translation>
    </message>
    <message>
        <source>Know-your-rights cards from legal groups say not to open the door to immigration agents unless they have a [judicial warrant](term:judicial-warrant). A judicial warrant comes from a court and is signed by a judge.

An [administrative warrant](term:administrative-warrant) is different. Forms I-200 and I-205 are signed by an immigration officer. Longstanding guidance says such a warrant alone does not allow entry into a home without [consent](term:consent). The next step covers a disputed 2025 memo about Form I-205.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[2].body</extracomment>
        <translation>Las tarjetas de &quot;conozca sus derechos&quot; de grupos legales dicen que no abra la puerta a agentes de inmigración, a menos que tengan una [orden judicial](term:judicial-warrant). Una orden judicial viene de un tribunal y la firma un juez.

Una [orden administrativa](term:administrative-warrant) es distinta. Los formularios I-200 e I-205 los firma un oficial de inmigración. Desde hace muchos años, las guías dicen que una orden así, por sí sola, no permite entrar a una casa sin [consentimiento](term:consent). El siguiente paso trata de un memorando de 2025 sobre el Formulario I-205, que está en disputa.</translation>
    </message>
    <message>
        <source>Checking the warrant, and signing papers</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[3].title</extracomment>
        <translation>Revisar la orden y firmar papeles</translation>
    </message>
    <message>
        <source>If officers say they have a warrant, the key question is who signed it: a judge, or an immigration officer.

Know-your-rights cards from legal groups also say:

- Do not sign anything without talking to a lawyer.
- You can say: &quot;I choose to exercise my constitutional rights.&quot;</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[3].body</extracomment>
        <translation>Si los oficiales dicen que tienen una orden, la pregunta clave es quién la firmó: un juez o un oficial de inmigración.

Las tarjetas de &quot;conozca sus derechos&quot; de grupos legales también dicen:

- No firme nada sin antes hablar con un abogado.
- Puede decir: &quot;Elijo ejercer mis derechos constitucionales&quot;.</translation>
    </message>
    <message>
        <source>These points come from know-your-rights cards, not instructions for a specific case. Stress staying calm; no one should put themselves at risk.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[3].notes</extracomment>
        <translation>Estos puntos vienen de tarjetas de &quot;conozca sus derechos&quot;; no son instrucciones para un caso específico. Insista en mantener la calma; nadie debe ponerse en riesgo.</translation>
    </message>
    <message>
        <source>In January 2026, news reports described an ICE memo signed in May 2025. It says a Form I-205 alone can support forced entry into the home of a person with a final removal order. It tells officers to knock and announce themselves.

DHS defended the memo. Law professors said it conflicts with a 1980 Supreme Court case, *Payton v. New York*. That case says police generally need a judge-signed warrant (an arrest warrant) to enter a home to make an arrest, unless there is consent. The memo&apos;s legality is disputed. No court ruling on it was confirmed in this app&apos;s sources.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[4].body</extracomment>
        <translation>En enero de 2026, las noticias describieron un memorando de ICE firmado en mayo de 2025. Dice que un Formulario I-205 por sí solo puede justificar entrar a la fuerza en la casa de una persona con una orden final de deportación. Les indica a los oficiales que toquen a la puerta y digan quiénes son.

El DHS defendió el memorando. Unos profesores de derecho dijeron que choca con un caso de 1980 de la Corte Suprema, *Payton v. New York*. Ese caso dice que, por lo general, la policía necesita una orden firmada por un juez (una orden de arresto) para entrar a una casa a hacer un arresto, salvo que haya consentimiento. La legalidad del memorando está en disputa. Las fuentes de esta aplicación no confirmaron ningún fallo de un tribunal sobre el memorando.</translation>
    </message>
    <message>
        <source>For advice on your case, talk to a licensed lawyer or a [DOJ-accredited representative](term:accredited-representative). The Justice Department explains that accredited representatives are not lawyers. It approves them, and they work for a nonprofit [recognized organization](term:recognized-organization).

Places to look:

- [EOIR](term:eoir) lists of recognized organizations and accredited representatives;
- EOIR&apos;s list of providers that may offer free (pro bono) legal services;
- your state bar, which may run a lawyer referral service;
- nonprofit legal aid groups.

The Help page lists these places, with links to their own websites.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[5].body</extracomment>
        <translation>Para recibir asesoría sobre su caso, hable con un abogado con licencia o con un [representante acreditado por el Departamento de Justicia (DOJ)](term:accredited-representative). El Departamento de Justicia explica que los representantes acreditados no son abogados. El Departamento los aprueba, y trabajan para una [organización reconocida](term:recognized-organization) sin fines de lucro.

Dónde buscar:

- las listas de [EOIR](term:eoir) (Oficina Ejecutiva de Revisión de Casos de Inmigración) de organizaciones reconocidas y representantes acreditados;
- la lista de EOIR de proveedores que tal vez ofrezcan servicios legales gratuitos (pro bono);
- el colegio de abogados de su estado, que tal vez tenga un servicio de referencia de abogados;
- grupos de ayuda legal sin fines de lucro.

La página de Ayuda incluye estos lugares, con enlaces a sus propios sitios web.</translation>
    </message>
    <message>
        <source>USCIS explains that in many countries, a *notario* is a kind of lawyer. In the United States, being a notary public (notario público) does **not** make someone a lawyer. According to USCIS, notarios cannot give you legal advice on immigration or represent you. When someone offers that help anyway, it is [notario fraud](term:notario-fraud).

USCIS and the Federal Trade Commission share tips:

- Do not sign blank forms, or forms you do not understand.
- Do not let anyone keep your original documents.
- Get a receipt, and keep copies of everything.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[6].body</extracomment>
        <translation>El USCIS explica que, en muchos países, un *notario* es un tipo de abogado. En los Estados Unidos, ser notario público (notary public) **no** convierte a nadie en abogado. Según el USCIS, los notarios no pueden darle asesoría legal sobre inmigración ni representarle. Si alguien le ofrece esa ayuda de todos modos, es [fraude de notarios](term:notario-fraud).

El USCIS y la Comisión Federal de Comercio dan estos consejos:

- No firme formularios en blanco, ni formularios que no entienda.
- No deje que nadie se quede con sus documentos originales.
- Pida un recibo y guarde copias de todo.</translation>
    </message>
    <message>
        <source>No. In the United States, being a notary public does not make someone a lawyer.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[6].question.choices[0].explanation</extracomment>
        <translation>No. En los Estados Unidos, ser notario público no convierte a nadie en abogado.</translation>
    </message>
    <message>
        <source>No. Being a notary does not make someone a lawyer, and notarios cannot give legal advice</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[6].question.choices[1].text</extracomment>
        <translation>No. Ser notario no convierte a nadie en abogado, y los notarios no pueden dar asesoría legal</translation>
    </message>
    <message>
        <source>Laws and court rulings change, sometimes quickly. This app&apos;s sources cover events up to about June 2026. Later court rulings or laws may be missing.

For your own situation, talk to a lawyer or an accredited representative.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[7].body</extracomment>
        <translation>Las leyes y los fallos de los tribunales cambian, a veces rápido. Las fuentes de esta aplicación cubren hechos hasta alrededor de junio de 2026. Puede que falten fallos o leyes posteriores.

Para su situación, hable con un abogado o con un representante acreditado.</translation>
    </message>
    <message>
        <source>End by saying that this app&apos;s sources run to about June 2026, so newer changes may be missing. Thank the room, and leave the Help page up while people ask questions.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[7].notes</extracomment>
        <translation>Termine diciendo que las fuentes de esta aplicación llegan hasta alrededor de junio de 2026, así que pueden faltar cambios más recientes. Agradezca al grupo y deje la página de Ayuda abierta mientras la gente hace preguntas.</translation>
    </message>
</context>
<context>
    <name>content/walkthrough/what-is-mandamus</name>
    <message>
        <source>What mandamus can and cannot do</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].title</extracomment>
        <translation>Lo que el mandamus puede y no puede hacer</translation>
    </message>
    <message>
        <source>What a writ of mandamus is, what a court needs to see, and why it can lead to a decision but never an approval.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].summary</extracomment>
        <translation>Qué es un recurso de mandamus, qué necesita ver un tribunal y por qué puede llevar a una decisión, pero nunca a una aprobación.</translation>
    </message>
    <message>
        <source>An order to act</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[0].title</extracomment>
        <translation>Una orden para actuar</translation>
    </message>
    <message>
        <source>A [writ of mandamus](term:mandamus) is a court order. It tells a federal official to do a duty the law requires. The word is Latin for &quot;we command.&quot;

A 1962 law lets federal trial courts hear these cases. The case is aimed at an officer or agency, not at the United States as a whole. It does not create new rights. It only enforces duties that already exist.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[0].body</extracomment>
        <translation>Un [recurso de mandamus](term:mandamus) es una orden de un tribunal. Le ordena a un funcionario federal cumplir un deber que la ley exige. La palabra viene del latín y significa &quot;ordenamos&quot;.

Una ley de 1962 permite que los tribunales federales de primera instancia vean estos casos. El caso va contra un funcionario o una agencia, no contra los Estados Unidos en su conjunto. No crea derechos nuevos. Solo hace cumplir deberes que ya existen.</translation>
    </message>
    <message>
        <source>Ask whether anyone has seen ads about &quot;mandamus.&quot; Some ads make it sound like a quick fix. Set the tone early: it is a narrow tool with strict rules.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[0].notes</extracomment>
        <translation>Pregunte si alguien ha visto anuncios sobre el &quot;mandamus&quot;. Algunos anuncios lo presentan como una solución rápida. Marque el tono desde el principio: es una herramienta limitada, con reglas estrictas.</translation>
    </message>
    <message>
        <source>Three things a court looks for</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[1].title</extracomment>
        <translation>Tres cosas que busca un tribunal</translation>
    </message>
    <message>
        <source>Courts call mandamus &quot;drastic&quot; and &quot;extraordinary.&quot; They use it only in rare cases. A court usually looks for three things:

- **A clear right** to what the person asks for.
- **A clear duty.** The law must require the official to act, with no room to choose. This is called a [ministerial duty](term:ministerial-duty).
- **No other adequate remedy.** There is no other good way to get relief.

Even with all three, the court can still decide the writ does not fit.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[1].body</extracomment>
        <translation>Los tribunales dicen que el mandamus es un recurso &quot;drástico&quot; y &quot;extraordinario&quot;. Lo usan solo en casos poco comunes. Por lo general, un tribunal busca tres cosas:

- **Un derecho claro** a lo que la persona pide.
- **Un deber claro.** La ley debe exigir que el funcionario actúe, sin margen para elegir. Esto se llama [deber ministerial](term:ministerial-duty).
- **Ningún otro recurso adecuado.** No hay otra buena forma de obtener una solución.

Aun con las tres cosas, el tribunal puede decidir que el mandamus no corresponde.</translation>
    </message>
    <message>
        <source>Which list shows the three things a court usually looks for?</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[1].question.prompt</extracomment>
        <translation>¿Qué lista muestra las tres cosas que un tribunal suele buscar?</translation>
    </message>
    <message>
        <source>A clear right, a clear duty with no room to choose, and no other adequate remedy</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[1].question.choices[0].text</extracomment>
        <translation>Un derecho claro, un deber claro sin margen para elegir y ningún otro recurso adecuado</translation>
    </message>
    <message>
        <source>Right. These are the three usual requirements. Courts also keep some judgment about whether the writ fits.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[1].question.choices[0].explanation</extracomment>
        <translation>Correcto. Estos son los tres requisitos habituales. Los tribunales también conservan cierto criterio para decidir si el mandamus corresponde.</translation>
    </message>
    <message>
        <source>A long wait, a good reason and a lawyer</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[1].question.choices[1].text</extracomment>
        <translation>Una espera larga, una buena razón y un abogado</translation>
    </message>
    <message>
        <source>No. A long wait may matter, but the tests are about the right, the duty and other remedies.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[1].question.choices[1].explanation</extracomment>
        <translation>No. Una espera larga puede importar, pero los requisitos tienen que ver con el derecho, el deber y los otros recursos.</translation>
    </message>
    <message>
        <source>Proof of bad faith, a large harm and public support</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[1].question.choices[2].text</extracomment>
        <translation>Pruebas de mala fe, un daño grande y apoyo del público</translation>
    </message>
    <message>
        <source>No. None of these is one of the three usual requirements.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[1].question.choices[2].explanation</extracomment>
        <translation>No. Ninguno de estos es uno de los tres requisitos habituales.</translation>
    </message>
    <message>
        <source>A decision, not an approval</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[2].title</extracomment>
        <translation>Una decisión, no una aprobación</translation>
    </message>
    <message>
        <source>Mandamus can order an official to *act*. It cannot tell the official *how* to use their judgment.

So a court can order an agency to decide an application that has waited too long. It cannot order the agency to approve it. The agency can still say no.

If the law leaves a choice to the official, that is called [discretion](term:discretion). Mandamus cannot force one choice over another.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[2].body</extracomment>
        <translation>El mandamus puede ordenar a un funcionario que *actúe*. No puede decirle *cómo* usar su criterio.

Así, un tribunal puede ordenar a una agencia que decida una solicitud que ha esperado demasiado. No puede ordenarle que la apruebe. La agencia todavía puede decir que no.

Si la ley deja una decisión en manos del funcionario, eso se llama [discreción](term:discretion). El mandamus no puede obligar a elegir una opción en vez de otra.</translation>
    </message>
    <message>
        <source>This is the most important point here, so say it twice: a decision, not an approval. A decision can still be a denial. Watch for people who hope a lawsuit will get them a yes.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[2].notes</extracomment>
        <translation>Este es el punto más importante, así que dígalo dos veces: una decisión, no una aprobación. La decisión todavía puede ser un rechazo. Preste atención a quienes esperan que una demanda les dé un sí.</translation>
    </message>
    <message>
        <source>Ana&apos;s application has waited for years. If a court grants mandamus, what can it order?</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[2].question.prompt</extracomment>
        <translation>La solicitud de Ana lleva años esperando. Si un tribunal concede el mandamus, ¿qué puede ordenar?</translation>
    </message>
    <message>
        <source>That USCIS approve her application</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[2].question.choices[0].text</extracomment>
        <translation>Que USCIS apruebe su solicitud</translation>
    </message>
    <message>
        <source>No. A court cannot order an approval. It can only order the agency to act.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[2].question.choices[0].explanation</extracomment>
        <translation>No. Un tribunal no puede ordenar una aprobación. Solo puede ordenar a la agencia que actúe.</translation>
    </message>
    <message>
        <source>That USCIS make a decision on it</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[2].question.choices[1].text</extracomment>
        <translation>Que USCIS tome una decisión sobre ella</translation>
    </message>
    <message>
        <source>Right. The court can order a decision. The decision could still be a denial.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[2].question.choices[1].explanation</extracomment>
        <translation>Correcto. El tribunal puede ordenar que se tome una decisión. Esa decisión todavía podría ser un rechazo.</translation>
    </message>
    <message>
        <source>That USCIS pay her money for the wait</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[2].question.choices[2].text</extracomment>
        <translation>Que USCIS le pague dinero por la espera</translation>
    </message>
    <message>
        <source>No. Mandamus orders an official to act. It is not a claim for money.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[2].question.choices[2].explanation</extracomment>
        <translation>No. El mandamus ordena a un funcionario que actúe. No es un reclamo de dinero.</translation>
    </message>
    <message>
        <source>The APA: the usual route for delays</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[3].title</extracomment>
        <translation>La APA: la vía habitual para las demoras</translation>
    </message>
    <message>
        <source>Another law, the [Administrative Procedure Act](term:apa) (APA), is often used in delay cases. Under it, a court can order an agency to take an action that it must take but has held back or delayed too long.

A court can only order a specific, required action. It cannot take over a whole program. Another part of the law requires agencies to finish matters within a reasonable time.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[3].body</extracomment>
        <translation>Otra ley, la [Ley de Procedimiento Administrativo](term:apa) (APA, por sus siglas en inglés), se usa a menudo en casos de demora. Con esta ley, un tribunal puede ordenar a una agencia que tome una acción que debe tomar, pero que no ha tomado o que ha demorado demasiado.

Un tribunal solo puede ordenar una acción específica y obligatoria. No puede tomar el control de todo un programa. Otra parte de la ley exige que las agencias terminen los asuntos en un tiempo razonable.</translation>
    </message>
    <message>
        <source>Explain that lawyers often file both a mandamus claim and an APA claim together. The ideas are close. Keep the focus on what either can order: action, not a result.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[3].notes</extracomment>
        <translation>Explique que los abogados muchas veces presentan juntos un reclamo de mandamus y un reclamo bajo la APA. Las ideas son parecidas. Mantenga la atención en lo que cualquiera de los dos puede ordenar: una acción, no un resultado.</translation>
    </message>
    <message>
        <source>How courts judge &quot;too long&quot;</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[4].title</extracomment>
        <translation>Cómo deciden los tribunales qué es &quot;demasiado tiempo&quot;</translation>
    </message>
    <message>
        <source>Courts weigh the [TRAC factors](term:trac-factors) to decide if a delay is unreasonable. As practice guides usually sum them up, courts ask:

- Is there a rule of reason for how long this takes?
- Did Congress set a timetable?
- Are health or human welfare at stake? Then delay is harder to accept.
- Would speeding this up push aside other important work?
- What interests are hurt by the delay?

The court does not need to find bad intent to call a delay unreasonable.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[4].body</extracomment>
        <translation>Los tribunales toman en cuenta los [factores TRAC](term:trac-factors) para decidir si una demora es irrazonable. Según el resumen habitual de las guías de práctica, los tribunales preguntan:

- ¿Hay una regla de razón (un criterio razonable) para el tiempo que esto toma?
- ¿Fijó el Congreso un plazo?
- ¿Están en juego la salud o el bienestar humano? Entonces la demora es más difícil de aceptar.
- ¿Acelerar este caso haría a un lado otro trabajo importante?
- ¿Qué intereses se ven afectados por la demora?

El tribunal no necesita encontrar mala intención para decir que una demora es irrazonable.</translation>
    </message>
    <message>
        <source>Ask the room which factor they think matters most. There is no single answer; courts weigh them together. Remind people that &quot;long&quot; is judged against the facts, not a fixed number of months.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[4].notes</extracomment>
        <translation>Pregunte al grupo qué factor creen que importa más. No hay una sola respuesta; los tribunales los consideran todos juntos. Recuerde que lo &quot;largo&quot; se juzga según los hechos, no con un número fijo de meses.</translation>
    </message>
    <message>
        <source>Which fact can make a delay harder to accept under the TRAC factors?</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[4].question.prompt</extracomment>
        <translation>Según los factores TRAC, ¿qué hecho puede hacer que una demora sea más difícil de aceptar?</translation>
    </message>
    <message>
        <source>Health or human welfare is at stake</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[4].question.choices[0].text</extracomment>
        <translation>Están en juego la salud o el bienestar humano</translation>
    </message>
    <message>
        <source>Right. Courts are less tolerant of delay when health or welfare is affected.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[4].question.choices[0].explanation</extracomment>
        <translation>Correcto. Los tribunales toleran menos la demora cuando se afecta la salud o el bienestar.</translation>
    </message>
    <message>
        <source>The person filed online instead of on paper</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[4].question.choices[1].text</extracomment>
        <translation>La persona hizo el trámite en línea y no en papel</translation>
    </message>
    <message>
        <source>No. How the form was filed is not one of the factors.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[4].question.choices[1].explanation</extracomment>
        <translation>No. La forma de presentar el formulario no es uno de los factores.</translation>
    </message>
    <message>
        <source>The person is very frustrated</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[4].question.choices[2].text</extracomment>
        <translation>La persona está muy frustrada</translation>
    </message>
    <message>
        <source>No. Frustration is understandable, but courts weigh the factors, not feelings.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[4].question.choices[2].explanation</extracomment>
        <translation>No. La frustración es comprensible, pero los tribunales consideran los factores, no los sentimientos.</translation>
    </message>
    <message>
        <source>Real limits in delay cases</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[5].title</extracomment>
        <translation>Límites reales en los casos de demora</translation>
    </message>
    <message>
        <source>Stay balanced. These suits exist and sometimes help a case move, but they are not magic. If someone asks whether they should file one, say that only a lawyer who knows their case can answer.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[5].notes</extracomment>
        <translation>Mantenga el equilibrio. Estas demandas existen y a veces ayudan a que un caso avance, pero no son magia. Si alguien pregunta si debería presentar una, diga que solo un abogado que conozca su caso puede responder.</translation>
    </message>
    <message>
        <source>When another remedy fits better</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[6].title</extracomment>
        <translation>Cuando otro recurso es más adecuado</translation>
    </message>
    <message>
        <source>Mandamus needs &quot;no other adequate remedy.&quot; Sometimes another path exists.

- **Citizenship cases.** Practice guides say that when an N-400 is not decided within 120 days after the interview, a special law lets a federal court decide it or send it back.
- **Detention.** To challenge unlawful detention, the usual tool is [habeas corpus](term:habeas-corpus). It is filed in the district where the person is held.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[6].body</extracomment>
        <translation>El mandamus exige que no haya &quot;ningún otro recurso adecuado&quot;. A veces existe otro camino.

- **Casos de ciudadanía.** Las guías de práctica dicen que, si una solicitud N-400 no se decide dentro de los 120 días después de la entrevista, una ley especial permite que un tribunal federal la decida o la devuelva a la agencia.
- **Detención.** Para impugnar una detención ilegal, la herramienta habitual es el [hábeas corpus](term:habeas-corpus). Se presenta en el distrito donde está detenida la persona.</translation>
    </message>
    <message>
        <source>Use this step to connect back to the three tests. If a better tool exists, mandamus usually fails the third test. Avoid giving timelines for any person&apos;s case.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[6].notes</extracomment>
        <translation>Use este paso para volver a los tres requisitos. Si existe una herramienta mejor, el mandamus por lo general no cumple el tercer requisito. Evite dar plazos para el caso de cualquier persona.</translation>
    </message>
    <message>
        <source>Someone is held in immigration detention and believes it is unlawful. Which court tool usually fits?</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[6].question.prompt</extracomment>
        <translation>Una persona está bajo detención migratoria y cree que es ilegal. ¿Qué herramienta judicial suele ser la adecuada?</translation>
    </message>
    <message>
        <source>Mandamus</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[6].question.choices[0].text</extracomment>
        <translation>Recurso de mandamus</translation>
    </message>
    <message>
        <source>Not usually. Mandamus compels a required act. Detention is usually challenged another way.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[6].question.choices[0].explanation</extracomment>
        <translation>Por lo general, no. El mandamus obliga a cumplir un acto exigido. La detención se suele impugnar de otra forma.</translation>
    </message>
    <message>
        <source>Habeas corpus</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[6].question.choices[1].text</extracomment>
        <translation>Hábeas corpus</translation>
    </message>
    <message>
        <source>Right. Habeas corpus is the usual tool to challenge unlawful detention. It is filed where the person is held.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[6].question.choices[1].explanation</extracomment>
        <translation>Correcto. El hábeas corpus es la herramienta habitual para impugnar una detención ilegal. Se presenta donde está detenida la persona.</translation>
    </message>
    <message>
        <source>A delay suit against USCIS</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[6].question.choices[2].text</extracomment>
        <translation>Una demanda por demora contra USCIS</translation>
    </message>
    <message>
        <source>No. A delay suit asks for a decision on an application. It does not address detention.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[6].question.choices[2].explanation</extracomment>
        <translation>No. Una demanda por demora pide una decisión sobre una solicitud. No trata sobre la detención.</translation>
    </message>
    <message>
        <source>Recap</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[7].title</extracomment>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>- Mandamus orders an official to do a clear duty.
- A court looks for a clear right, a clear duty and no other adequate remedy.
- It can lead to a decision, never an approval.
- The APA is often used for delays, with the TRAC factors.
- Other tools, like habeas corpus, may fit better.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[7].body</extracomment>
        <translation>- El mandamus ordena a un funcionario que cumpla un deber claro.
- Un tribunal busca un derecho claro, un deber claro y ningún otro recurso adecuado.
- Puede llevar a una decisión, nunca a una aprobación.
- La APA se usa a menudo para las demoras, junto con los factores TRAC.
- Otras herramientas, como el hábeas corpus, pueden ser más adecuadas.</translation>
    </message>
    <message>
        <source>Close by pointing to the Help page. Remind the room that this is general information and that a lawyer or accredited representative can look at the facts of a real case.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[7].notes</extracomment>
        <translation>Cierre señalando la página de Ayuda. Recuerde al grupo que esta es información general y que un abogado o un representante acreditado puede revisar los hechos de un caso real.</translation>
    </message>
    <message>
        <source>Write the three tests on the board and leave them up. You will use them again in later steps. Remind people that missing any one of them usually means mandamus does not fit.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[1].notes</extracomment>
        <translation>Escriba los tres requisitos en el pizarrón y déjelos ahí. Los usará de nuevo en pasos posteriores. Recuerde a las personas que, si falta uno solo, por lo general el mandamus no es apropiado.</translation>
    </message>
    <message>
        <source>Delay suits about [USCIS](term:uscis) cases are common. They have real limits:

- At most, they force a *decision*, not an *approval*.
- Practice guides say filing often leads the agency to act. Many of these results are never published.
- Courts are split on whether one law, 8 U.S.C. §1252(a)(2)(B)(ii), blocks claims about the *speed* of processing.
- No result is guaranteed.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[5].body</extracomment>
        <translation>Las demandas por demoras en casos de [USCIS](term:uscis) (Servicio de Ciudadanía e Inmigración) son comunes. Tienen límites reales:

- Como máximo, obligan a dar una *decisión*, no una *aprobación*.
- Según guías prácticas, muchas veces presentar la demanda hace que la agencia actúe. Muchos de estos resultados nunca se publican.
- Los tribunales no están de acuerdo sobre si una ley, 8 U.S.C. §1252(a)(2)(B)(ii), impide los reclamos sobre la *rapidez* del trámite.
- Ningún resultado está garantizado.</translation>
    </message>
</context>
<context>
    <name>ktl::FlowModel</name>
    <message>
        <source>Question.</source>
        <translation>Pregunta.</translation>
    </message>
    <message>
        <source>Outcome: the path ends here.</source>
        <extracomment>Screen reader, diagram node: an outcome of a decision flow</extracomment>
        <translation>Resultado: aquí termina el camino.</translation>
    </message>
    <message>
        <source>You are here.</source>
        <extracomment>Screen reader, diagram node: the node being shown</extracomment>
        <translation>Usted está aquí.</translation>
    </message>
    <message>
        <source>On the path you took.</source>
        <translation>En el camino que siguió.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>%1 leads to: %2.</source>
        <extracomment>Screen reader, diagram node: an answer and the node it leads to</extracomment>
        <translation>%1 lleva a: %2.</translation>
    </message>
</context>
<context>
    <name>ktl::Handouts</name>
    <message>
        <source>What I explored</source>
        <translation>Lo que exploré</translation>
    </message>
    <message>
        <source>The handout could not be saved: %1</source>
        <extracomment>Shown when a handout could not be saved; %1 says why</extracomment>
        <translation>No se pudo guardar el folleto: %1</translation>
    </message>
    <message>
        <source>Handout saved as “%1” in %2.</source>
        <extracomment>Shown after saving a handout; %1 is the file&apos;s name, %2 the folder it is in</extracomment>
        <translation>Se guardó el folleto como &quot;%1&quot; en %2.</translation>
    </message>
</context>
<context>
    <name>ktl::Navigation</name>
    <message>
        <source>Step %1 of %2 · %3</source>
        <extracomment>Where a walkthrough was left: %1 step number, %2 number of steps, %3 walkthrough title</extracomment>
        <translation>Paso %1 de %2 · %3</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Display and privacy</source>
        <translation>Pantalla y privacidad</translation>
    </message>
</context>
<context>
    <name>ktl::PresentationModel</name>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>Presenter notes of a flow node: an answer and where it leads</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>This is where the path ends.</source>
        <translation>Aquí termina el camino.</translation>
    </message>
    <message>
        <source>This is where the path ends. %1</source>
        <translation>Aquí termina el camino. %1</translation>
    </message>
</context>
<context>
    <name>ktl::SearchModel</name>
    <message>
        <source>Topic</source>
        <extracomment>Kind of a search result</extracomment>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Walkthrough step</source>
        <extracomment>Kind of a search result</extracomment>
        <translation>Paso de un recorrido</translation>
    </message>
    <message>
        <source>Decision flow</source>
        <extracomment>Kind of a search result</extracomment>
        <translation>Diagrama de decisión</translation>
    </message>
    <message>
        <source>Glossary</source>
        <extracomment>Kind of a search result</extracomment>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Kind of a search result</extracomment>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>Kind of a search result</extracomment>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Search is not available: %1</source>
        <extracomment>Shown on the search page when the search index could not be built; %1 says why</extracomment>
        <translation>La búsqueda no está disponible: %1</translation>
    </message>
</context>
<context>
    <name>ktl::SourceListModel</name>
    <message>
        <source>Federal laws</source>
        <extracomment>Heading of a group of sources on the Sources page</extracomment>
        <translation>Leyes federales</translation>
    </message>
    <message>
        <source>Federal rules</source>
        <extracomment>Heading of a group of sources on the Sources page</extracomment>
        <translation>Reglamentos federales</translation>
    </message>
    <message>
        <source>Executive orders</source>
        <extracomment>Heading of a group of sources on the Sources page</extracomment>
        <translation>Órdenes ejecutivas</translation>
    </message>
    <message>
        <source>Court cases</source>
        <extracomment>Heading of a group of sources on the Sources page</extracomment>
        <translation>Casos judiciales</translation>
    </message>
    <message>
        <source>State laws</source>
        <extracomment>Heading of a group of sources on the Sources page</extracomment>
        <translation>Leyes estatales</translation>
    </message>
    <message>
        <source>Agency documents</source>
        <extracomment>Heading of a group of sources on the Sources page</extracomment>
        <translation>Documentos de agencias</translation>
    </message>
    <message>
        <source>Reports</source>
        <extracomment>Heading of a group of sources on the Sources page</extracomment>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Studies</source>
        <extracomment>Heading of a group of sources on the Sources page</extracomment>
        <translation>Estudios</translation>
    </message>
    <message>
        <source>News reports</source>
        <extracomment>Heading of a group of sources on the Sources page</extracomment>
        <translation>Noticias</translation>
    </message>
</context>
<context>
    <name>ktl::TimelineModel</name>
    <message>
        <source>All</source>
        <extracomment>Timeline filter: events of every kind</extracomment>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Laws</source>
        <extracomment>Timeline filter: laws passed</extracomment>
        <translation>Leyes</translation>
    </message>
    <message>
        <source>Court cases</source>
        <extracomment>Timeline filter: court decisions</extracomment>
        <translation>Casos judiciales</translation>
    </message>
    <message>
        <source>Programs</source>
        <extracomment>Timeline filter: federal programs such as 287(g) or Secure Communities</extracomment>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Policies</source>
        <extracomment>Timeline filter: executive orders, memos and agency policies</extracomment>
        <translation>Políticas</translation>
    </message>
    <message>
        <source>States</source>
        <extracomment>Timeline filter: state laws and state actions</extracomment>
        <translation>Estados</translation>
    </message>
</context>
</TS>

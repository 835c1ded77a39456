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
    <message>
        <source>Write a printable handout of the --page (a walkthrough, a flow, the glossary, help) to a PDF file and exit.</source>
        <translation>Escribir en un PDF un folleto para imprimir de la --page (un recorrido, un diagrama, el glosario, la ayuda legal) y salir.</translation>
    </message>
</context>
<context>
    <name>ContentStore</name>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>A full date, in QDate::toString form (Spanish: &quot;d &apos;de&apos; MMMM &apos;de&apos; yyyy&quot;)</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>en_US</source>
        <comment>locale of dates</comment>
        <translation>es_US</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>A month of a year, in QDate::toString form (Spanish: &quot;MMMM &apos;de&apos; yyyy&quot;)</extracomment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>(in English)</source>
        <extracomment>After a web address whose page exists only in English, shown to a reader of another language</extracomment>
        <translation>(en inglés)</translation>
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
    <message>
        <source>Find legal help</source>
        <translation>Buscar ayuda legal</translation>
    </message>
    <message>
        <source>General information, not legal advice. Sources checked through %1. Page %2</source>
        <extracomment>Handout footer on every page; %1 is the review date, %2 the page number</extracomment>
        <translation>Información general, no asesoría legal. Fuentes revisadas hasta el %1. Página %2</translation>
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
    <message>
        <source>Find legal help</source>
        <extracomment>Header link to the page of places to find a lawyer or accredited representative</extracomment>
        <translation>Buscar ayuda legal</translation>
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
    <message>
        <source>Menu: search, legal help, glossary, sources, timeline</source>
        <translation>Menú: buscar, ayuda legal, glosario, fuentes, cronología</translation>
    </message>
    <message>
        <source>Find legal help</source>
        <extracomment>Header link to the page of places to find a lawyer or accredited representative</extracomment>
        <translation>Buscar ayuda legal</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Find legal help</source>
        <extracomment>Title of the page listing places to find legal help</extracomment>
        <translation>Buscar ayuda legal</translation>
    </message>
    <message>
        <source>These places are national. The addresses are for a phone or another device with internet: this app does not go online.</source>
        <translation>Estos lugares son nacionales. Las direcciones son para usarlas en un teléfono u otro aparato con internet: esta aplicación no se conecta a internet.</translation>
    </message>
    <message>
        <source>Handout (PDF)</source>
        <extracomment>Saves a printable PDF of the places to find legal help</extracomment>
        <translation>Folleto (PDF)</translation>
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
    <message>
        <source>Find legal help</source>
        <extracomment>Home page card to the page of places to find a lawyer or accredited representative</extracomment>
        <translation>Buscar ayuda legal</translation>
    </message>
    <message>
        <source>Free and low-cost legal help, how to check that a lawyer or representative is real, and how to avoid notario fraud.</source>
        <translation>Ayuda legal gratis o de bajo costo, cómo comprobar que un abogado o un representante es de verdad y cómo evitar el fraude de notarios.</translation>
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
        <translation>Información general, no asesoría legal. Para su caso, hable con un abogado o con un representante acreditado por el Departamento de Justicia.</translation>
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
    <message>
        <source>Sources checked through %1</source>
        <extracomment>%1 is a date, such as &quot;November 28, 2026&quot;</extracomment>
        <translation>Fuentes revisadas hasta el %1</translation>
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
    <message>
        <source>Content version %1, sources checked through %2.</source>
        <extracomment>Outline export: %1 is the content version, %2 the date it was reviewed</extracomment>
        <translation>Versión del contenido: %1. Fuentes revisadas hasta el %2.</translation>
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
        <translation>Tiempo transcurrido: %1</translation>
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
        <translation>%1%</translation>
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
    <name>content/citations</name>
    <message>
        <source>U.S. Attorney General Pamela Bondi, memorandum &quot;Sanctuary Jurisdiction Directives&quot; (Feb. 5, 2025), as summarized by the Immigration Policy Tracking Project and by Dorsey &amp; Whitney (Feb. 2025)</source>
        <extracomment>new-courts.json $.sources[1].citation</extracomment>
        <translation>Memorando de la fiscal general de Estados Unidos, Pamela Bondi, &quot;Sanctuary Jurisdiction Directives&quot; (5 de febrero de 2025), según los resúmenes del Immigration Policy Tracking Project y de Dorsey &amp; Whitney (febrero de 2025)</translation>
    </message>
    <message>
        <source>Texas SB 4 (2023) litigation in 2026: the en banc Fifth Circuit decision vacating the 2024 preliminary injunction for lack of standing (2026; exact date not confirmed); LML v. Martin, a class action filed May 4, 2026; and a Fifth Circuit panel order of May 29, 2026 staying the district court&apos;s injunction (Southwick, J., dissenting), as reported by L&amp;L Law Group (May 2026), Texas Policy Research, Texas Scorecard and Litigation Logic</source>
        <extracomment>new-courts.json $.sources[2].citation</extracomment>
        <translation>Litigio sobre la ley SB 4 de Texas (2023) en 2026: fallo del pleno (en banc) del Quinto Circuito que anuló la medida cautelar de 2024 por falta de legitimación (2026; fecha exacta no confirmada); LML v. Martin, demanda colectiva presentada el 4 de mayo de 2026; y orden de un panel del Quinto Circuito del 29 de mayo de 2026 que suspendió la orden del tribunal de distrito (con el voto disidente del juez Southwick), según informaron L&amp;L Law Group (mayo de 2026), Texas Policy Research, Texas Scorecard y Litigation Logic</translation>
    </message>
    <message>
        <source>U.S. Court of Appeals for the Fifth Circuit</source>
        <extracomment>new-courts.json $.sources[2].court
----------
new-shared.json $.sources[11].court
----------
sources.json $.sources[68].court</extracomment>
        <translation>Tribunal de Apelaciones de Estados Unidos para el Quinto Circuito</translation>
    </message>
    <message>
        <source>Uthmeier v. Florida Immigrant Coalition (U.S. July 9, 2025) (order denying application for stay); see also WUWF (July 9, 2025) and the ACLU of Florida case page</source>
        <extracomment>new-courts.json $.sources[3].citation</extracomment>
        <translation>Uthmeier v. Florida Immigrant Coalition (Corte Suprema de EE. UU., 9 de julio de 2025) (orden que rechaza la solicitud de suspensión); véanse también WUWF (9 de julio de 2025) y la página del caso de la ACLU de Florida</translation>
    </message>
    <message>
        <source>Supreme Court of the United States</source>
        <extracomment>new-courts.json $.sources[3].court
----------
new-detention.json $.sources[4].court
----------
new-detention.json $.sources[5].court
----------
new-mandamus.json $.sources[0].court
----------
new-reference.json $.sources[0].court
----------
new-shared.json $.sources[4].court
----------
new-shared.json $.sources[5].court
----------
new-shared.json $.sources[6].court
----------
new-shared.json $.sources[7].court
----------
sources.json $.sources[37].court
----------
sources.json $.sources[38].court
----------
sources.json $.sources[39].court
----------
sources.json $.sources[40].court
----------
sources.json $.sources[41].court
----------
sources.json $.sources[42].court
----------
sources.json $.sources[43].court
----------
sources.json $.sources[44].court
----------
sources.json $.sources[45].court
----------
sources.json $.sources[46].court
----------
sources.json $.sources[47].court
----------
sources.json $.sources[48].court
----------
sources.json $.sources[49].court
----------
sources.json $.sources[50].court
----------
sources.json $.sources[51].court
----------
sources.json $.sources[52].court
----------
sources.json $.sources[53].court
----------
sources.json $.sources[54].court
----------
sources.json $.sources[55].court
----------
sources.json $.sources[56].court
----------
sources.json $.sources[57].court
----------
sources.json $.sources[58].court
----------
sources.json $.sources[59].court</extracomment>
        <translation>Corte Suprema de Estados Unidos</translation>
    </message>
    <message>
        <source>ACLU of Florida, press release on the Eleventh Circuit&apos;s June 6, 2025 refusal to stay the injunction against Florida SB 4-C (June 2025)</source>
        <extracomment>new-courts.json $.sources[4].citation</extracomment>
        <translation>ACLU de Florida, comunicado de prensa sobre la decisión del Undécimo Circuito del 6 de junio de 2025 de no suspender la medida cautelar contra la ley SB 4-C de Florida (junio de 2025)</translation>
    </message>
    <message>
        <source>News reports on U.S. Department of Justice suits against Colorado and Denver (filed May 2, 2025; Fox News and AP, May 2025), Rochester, New York (2025), and Boston (filed Sept. 4, 2025; CNN, Reuters and Connecticut Public, Sept. 2025)</source>
        <extracomment>new-courts.json $.sources[5].citation</extracomment>
        <translation>Informes de prensa sobre demandas del Departamento de Justicia de Estados Unidos contra Colorado y Denver (presentada el 2 de mayo de 2025; Fox News y AP, mayo de 2025), Rochester, Nueva York (2025), y Boston (presentada el 4 de septiembre de 2025; CNN, Reuters y Connecticut Public, septiembre de 2025)</translation>
    </message>
    <message>
        <source>News reports on a habeas ruling by Judge Jeffrey Bryan (D. Minn., Jan. 15–17, 2026) for Garrison Gibson (VisaVerge; TN News, Jan. 16, 2026), and on a suit filed Jan. 30, 2026 in the District of Massachusetts by the Greater Boston Latino Network and the Brazilian Worker Center (Reuters; Bloomberg Law; GBH, Jan. 30, 2026)</source>
        <extracomment>new-courts.json $.sources[6].citation</extracomment>
        <translation>Informes de prensa sobre un fallo de hábeas corpus del juez Jeffrey Bryan (D. Minn., 15 a 17 de enero de 2026) a favor de Garrison Gibson (VisaVerge; TN News, 16 de enero de 2026), y sobre una demanda presentada el 30 de enero de 2026 en el Distrito de Massachusetts por la Greater Boston Latino Network y el Brazilian Worker Center (Reuters; Bloomberg Law; GBH, 30 de enero de 2026)</translation>
    </message>
    <message>
        <source>U.S. Immigration and Customs Enforcement, Online Detainee Locator System (ODLS), with its privacy policy</source>
        <extracomment>new-detained.json $.sources[0].citation</extracomment>
        <translation>Servicio de Inmigración y Control de Aduanas (ICE), Online Detainee Locator System (ODLS, Sistema de Localización de Detenidos en Línea), con su política de privacidad</translation>
    </message>
    <message>
        <source>U.S. Department of Justice, Executive Office for Immigration Review, Automated Case Information (online)</source>
        <extracomment>new-detained.json $.sources[1].citation</extracomment>
        <translation>Departamento de Justicia de EE. UU., Oficina Ejecutiva de Revisión de Casos de Inmigración (EOIR), Automated Case Information (Información Automatizada de Casos, en línea)</translation>
    </message>
    <message>
        <source>U.S. Department of Justice, Executive Office for Immigration Review, &quot;Customer Service Initiatives: Immigration Case Status Information&quot;</source>
        <extracomment>new-detained.json $.sources[2].citation</extracomment>
        <translation>Departamento de Justicia de EE. UU., Oficina Ejecutiva de Revisión de Casos de Inmigración (EOIR), &quot;Customer Service Initiatives: Immigration Case Status Information&quot; (información sobre el estado de los casos)</translation>
    </message>
    <message>
        <source>U.S. Department of Justice, Executive Office for Immigration Review, Immigration Court Practice Manual, ch. 1.6 (Inquiries)</source>
        <extracomment>new-detained.json $.sources[3].citation</extracomment>
        <translation>Departamento de Justicia de EE. UU., Oficina Ejecutiva de Revisión de Casos de Inmigración (EOIR), Immigration Court Practice Manual (Manual de práctica de los tribunales de inmigración), cap. 1.6 (Inquiries, consultas)</translation>
    </message>
    <message>
        <source>U.S. Department of Justice, Executive Office for Immigration Review, Board of Immigration Appeals Practice Manual, ch. 2.4 (Accredited Representatives)</source>
        <extracomment>new-detained.json $.sources[4].citation</extracomment>
        <translation>Departamento de Justicia de EE. UU., Oficina Ejecutiva de Revisión de Casos de Inmigración (EOIR), Board of Immigration Appeals Practice Manual (Manual de práctica de la Junta de Apelaciones de Inmigración), cap. 2.4 (Accredited Representatives, representantes acreditados)</translation>
    </message>
    <message>
        <source>8 C.F.R. §1292.12 (accreditation of representatives); see also 8 C.F.R. §1292.1(a)(1) and (a)(4)</source>
        <extracomment>new-detained.json $.sources[5].citation</extracomment>
        <translation>8 C.F.R. §1292.12 (acreditación de representantes); vea también 8 C.F.R. §1292.1(a)(1) y (a)(4)</translation>
    </message>
    <message>
        <source>Vienna Convention on Consular Relations, art. 36, Apr. 24, 1963, 21 U.S.T. 77, 596 U.N.T.S. 261</source>
        <extracomment>new-detained.json $.sources[6].citation</extracomment>
        <translation>Convención de Viena sobre Relaciones Consulares, art. 36, 24 de abril de 1963, 21 U.S.T. 77, 596 U.N.T.S. 261</translation>
    </message>
    <message>
        <source>U.S. Department of State, Bureau of Consular Affairs, &quot;Consular Notification and Access&quot;</source>
        <extracomment>new-detained.json $.sources[7].citation</extracomment>
        <translation>Departamento de Estado de EE. UU., Oficina de Asuntos Consulares, &quot;Consular Notification and Access&quot; (notificación y acceso consular)</translation>
    </message>
    <message>
        <source>U.S. Department of Homeland Security, Office of Inspector General, &quot;Immigration and Customs Enforcement Policies and Procedures Related to Detainee Transfers,&quot; OIG-10-13 (November 2009)</source>
        <extracomment>new-detained.json $.sources[8].citation</extracomment>
        <translation>Departamento de Seguridad Nacional de EE. UU. (DHS), Oficina del Inspector General, &quot;Immigration and Customs Enforcement Policies and Procedures Related to Detainee Transfers&quot; (políticas y procedimientos de ICE sobre traslados de detenidos), OIG-10-13 (noviembre de 2009)</translation>
    </message>
    <message>
        <source>U.S. Immigration and Customs Enforcement, Interim Guidance Regarding Detention Authority for Applicants for Admission (July 8, 2025), as described in court rulings, law-firm reports and news coverage</source>
        <extracomment>new-detention.json $.sources[0].citation</extracomment>
        <translation>U.S. Immigration and Customs Enforcement, Interim Guidance Regarding Detention Authority for Applicants for Admission (8 de julio de 2025), según la describen fallos judiciales, informes de bufetes y noticias</translation>
    </message>
    <message>
        <source>American Immigration Lawyers Association, Practice Alert: EOIR Issues Nationwide Guidance on Maldonado Bautista, AILA Doc. No. 26011404 (updated Jan. 16, 2026)</source>
        <extracomment>new-detention.json $.sources[1].citation</extracomment>
        <translation>American Immigration Lawyers Association, Practice Alert: EOIR Issues Nationwide Guidance on Maldonado Bautista, AILA Doc. No. 26011404 (actualizada el 16 de enero de 2026)</translation>
    </message>
    <message>
        <source>Avila v. Bondi (8th Cir. 2026) (Shepherd, J., for a 2–1 panel), as reported in news coverage; exact date not confirmed</source>
        <extracomment>new-detention.json $.sources[2].citation</extracomment>
        <translation>Avila v. Bondi (8th Cir. 2026) (juez Shepherd, por una sala dividida 2 contra 1), según noticias; no se confirmó la fecha exacta</translation>
    </message>
    <message>
        <source>U.S. Court of Appeals for the Eighth Circuit</source>
        <extracomment>new-detention.json $.sources[2].court</extracomment>
        <translation>Tribunal de Apelaciones de Estados Unidos para el Octavo Circuito</translation>
    </message>
    <message>
        <source>Cunha v. Freden (2d Cir. 2026), as described by the Center for Immigration Studies (May 6, 2026)</source>
        <extracomment>new-detention.json $.sources[3].citation</extracomment>
        <translation>Cunha v. Freden (2d Cir. 2026), según lo describe el Center for Immigration Studies (6 de mayo de 2026)</translation>
    </message>
    <message>
        <source>U.S. Court of Appeals for the Second Circuit</source>
        <extracomment>new-detention.json $.sources[3].court
----------
sources.json $.sources[77].court</extracomment>
        <translation>Tribunal de Apelaciones de Estados Unidos para el Segundo Circuito</translation>
    </message>
    <message>
        <source>Genalo v. Black, No. 25-886 (U.S.), certiorari granted June 15, 2026, as reported by news and law-firm sources</source>
        <extracomment>new-detention.json $.sources[4].citation</extracomment>
        <translation>Genalo v. Black, No. 25-886 (U.S.), certiorari concedido el 15 de junio de 2026, según noticias e informes de bufetes</translation>
    </message>
    <message>
        <source>Johnson v. Guzman Chavez, 141 S. Ct. 2271 (2021)</source>
        <extracomment>new-detention.json $.sources[5].citation</extracomment>
        <translation>Johnson v. Guzman Chavez, 141 S. Ct. 2271 (2021)</translation>
    </message>
    <message>
        <source>Make the Road New York v. Noem (D.D.C. Aug. 29, 2025) (Cobb, J.), as reported in news coverage</source>
        <extracomment>new-detention.json $.sources[6].citation</extracomment>
        <translation>Make the Road New York v. Noem (D.D.C. 29 de agosto de 2025) (jueza Cobb), según noticias</translation>
    </message>
    <message>
        <source>U.S. District Court for the District of Columbia</source>
        <extracomment>new-detention.json $.sources[6].court</extracomment>
        <translation>Tribunal de Distrito de Estados Unidos para el Distrito de Columbia</translation>
    </message>
    <message>
        <source>Make the Road New York v. Mullin, No. 25-5320 (D.C. Cir. 2026) (Walker, J., joined by Rao, J.; Wilkins, J., dissenting), as reported in news coverage; exact date not confirmed (about June 2026)</source>
        <extracomment>new-detention.json $.sources[7].citation</extracomment>
        <translation>Make the Road New York v. Mullin, No. 25-5320 (D.C. Cir. 2026) (juez Walker, con el juez Rao; el juez Wilkins en desacuerdo), según noticias; no se confirmó la fecha exacta (alrededor de junio de 2026)</translation>
    </message>
    <message>
        <source>U.S. Court of Appeals for the District of Columbia Circuit</source>
        <extracomment>new-detention.json $.sources[7].court</extracomment>
        <translation>Tribunal de Apelaciones de Estados Unidos para el Circuito del Distrito de Columbia</translation>
    </message>
    <message>
        <source>Immigration law-firm guides on proving two years&apos; presence, e.g. &quot;Preparing for Expansion of Expedited Removal: Proving Two Years&apos; Presence in the United States&quot; and K. S. Rosenthal, &quot;Understanding the Expansion of Expedited Removal: How to Protect Yourself with Physical Presence Evidence&quot; (Jan. 2025)</source>
        <extracomment>new-detention.json $.sources[8].citation</extracomment>
        <translation>Guías de bufetes de inmigración sobre cómo probar dos años de presencia, por ejemplo &quot;Preparing for Expansion of Expedited Removal: Proving Two Years&apos; Presence in the United States&quot; y K. S. Rosenthal, &quot;Understanding the Expansion of Expedited Removal: How to Protect Yourself with Physical Presence Evidence&quot; (enero de 2025)</translation>
    </message>
    <message>
        <source>Minnesota Star Tribune, &quot;Court ruling means Minnesota immigrants sent to Texas may have little chance of returning&quot; (Feb. 2026)</source>
        <extracomment>new-detention.json $.sources[9].citation</extracomment>
        <translation>Minnesota Star Tribune, &quot;Court ruling means Minnesota immigrants sent to Texas may have little chance of returning&quot; (febrero de 2026)</translation>
    </message>
    <message>
        <source>Federal Tort Claims Act, 28 U.S.C. §§1346(b), 2401(b), 2675(a), 2680(h); 28 C.F.R. §14.2</source>
        <extracomment>new-detention.json $.sources[10].citation</extracomment>
        <translation>Federal Tort Claims Act (Ley Federal de Reclamos por Daños), 28 U.S.C. §§1346(b), 2401(b), 2675(a), 2680(h); 28 C.F.R. §14.2</translation>
    </message>
    <message>
        <source>42 U.S.C. §1983</source>
        <extracomment>new-detention.json $.sources[11].citation</extracomment>
        <translation>42 U.S.C. §1983</translation>
    </message>
    <message>
        <source>ACLU of Arkansas, &quot;Know Your Rights: Immigrants in Arkansas&quot; (web page, updated Oct. 3, 2025)</source>
        <extracomment>new-kyr.json $.sources[2].citation</extracomment>
        <translation>ACLU of Arkansas, &quot;Know Your Rights: Immigrants in Arkansas&quot; (página web, actualizada el 3 de octubre de 2025)</translation>
    </message>
    <message>
        <source>Office of the New York State Attorney General, &quot;Dealing with ICE in the workplace: employers&apos; and workers&apos; rights and obligations&quot; (last updated March 2025)</source>
        <extracomment>new-kyr.json $.sources[3].citation</extracomment>
        <translation>Office of the New York State Attorney General, &quot;Dealing with ICE in the workplace: employers&apos; and workers&apos; rights and obligations&quot; (actualizada por última vez en marzo de 2025)</translation>
    </message>
    <message>
        <source>U.S. Department of Homeland Security, memorandum of Acting Secretary Benjamine Huffman to ICE and CBP, &quot;Enforcement Actions in or Near Protected Areas&quot; (Jan. 20, 2025), announced in a DHS spokesperson statement of Jan. 21, 2025</source>
        <extracomment>new-kyr.json $.sources[4].citation</extracomment>
        <translation>U.S. Department of Homeland Security, memorando del secretario interino Benjamine Huffman a ICE y CBP, &quot;Enforcement Actions in or Near Protected Areas&quot; (20 de enero de 2025), anunciado en una declaración de un portavoz del DHS el 21 de enero de 2025</translation>
    </message>
    <message>
        <source>National Immigration Law Center, &quot;Trump&apos;s Rescission of Protected Areas Policies Undermines Safety for All&quot; (fact sheet, 2025)</source>
        <extracomment>new-kyr.json $.sources[5].citation</extracomment>
        <translation>National Immigration Law Center, &quot;Trump&apos;s Rescission of Protected Areas Policies Undermines Safety for All&quot; (hoja informativa, 2025)</translation>
    </message>
    <message>
        <source>Immigrant Legal Resource Center, &quot;Step-by-Step Family Preparedness Plan&quot; (updated November 2024)</source>
        <extracomment>new-kyr.json $.sources[6].citation</extracomment>
        <translation>Immigrant Legal Resource Center, &quot;Step-by-Step Family Preparedness Plan&quot; (actualizado en noviembre de 2024)</translation>
    </message>
    <message>
        <source>18 U.S.C. §1001</source>
        <extracomment>new-kyr.json $.sources[7].citation</extracomment>
        <translation>18 U.S.C. §1001</translation>
    </message>
    <message>
        <source>18 U.S.C. §1546</source>
        <extracomment>new-kyr.json $.sources[8].citation</extracomment>
        <translation>18 U.S.C. §1546</translation>
    </message>
    <message>
        <source>principlecivics.com, explainer on the ICE home-entry memo (2026), reporting a suit by the ACLU, the ACLU of Minnesota and other ACLU affiliates filed Apr. 2, 2026; not confirmed in other sources</source>
        <extracomment>new-kyr.json $.sources[9].citation</extracomment>
        <translation>principlecivics.com, explicación sobre el memorando de ICE sobre entradas a casas (2026), que informa de una demanda de la ACLU, la ACLU de Minnesota y otras filiales de la ACLU presentada el 2 de abril de 2026; no confirmada en otras fuentes</translation>
    </message>
    <message>
        <source>A.A.R.P. v. Trump, 605 U.S. ___ (May 16, 2025) (per curiam), No. 24A1007</source>
        <extracomment>new-mandamus.json $.sources[0].citation</extracomment>
        <translation>A.A.R.P. v. Trump, 605 U.S. ___ (16 de mayo de 2025) (per curiam), No. 24A1007</translation>
    </message>
    <message>
        <source>8 U.S.C. §1158(d)(5)(A) and §1158(d)(7) (INA §208)</source>
        <extracomment>new-mandamus.json $.sources[1].citation</extracomment>
        <translation>8 U.S.C. §1158(d)(5)(A) y §1158(d)(7) (INA §208)</translation>
    </message>
    <message>
        <source>28 U.S.C. §2242</source>
        <extracomment>new-mandamus.json $.sources[2].citation</extracomment>
        <translation>28 U.S.C. §2242</translation>
    </message>
    <message>
        <source>American Immigration Council &amp; American Immigration Lawyers Association, Delay Actions in the Asylum Context: Avoiding Dismissal and Proving the Case (practice advisory, Nov. 2022)</source>
        <extracomment>new-mandamus.json $.sources[3].citation</extracomment>
        <translation>American Immigration Council y American Immigration Lawyers Association, Delay Actions in the Asylum Context: Avoiding Dismissal and Proving the Case (guía para abogados, noviembre de 2022)</translation>
    </message>
    <message>
        <source>Gebeyehu v. Jaddou (W.D. Wash. 2024) (Martinez, J.), as summarized by a case-law service</source>
        <extracomment>new-mandamus.json $.sources[4].citation</extracomment>
        <translation>Gebeyehu v. Jaddou (W.D. Wash. 2024) (Martinez, J.), según el resumen de un servicio de jurisprudencia</translation>
    </message>
    <message>
        <source>U.S. District Court for the Western District of Washington</source>
        <extracomment>new-mandamus.json $.sources[4].court</extracomment>
        <translation>Tribunal Federal de Distrito para el Distrito Oeste de Washington</translation>
    </message>
    <message>
        <source>Yilmaz v. Jaddou, No. SACV 23-00972-CJC (C.D. Cal. Oct. 4, 2023)</source>
        <extracomment>new-mandamus.json $.sources[5].citation</extracomment>
        <translation>Yilmaz v. Jaddou, No. SACV 23-00972-CJC (C.D. Cal. 4 de octubre de 2023)</translation>
    </message>
    <message>
        <source>U.S. District Court for the Central District of California</source>
        <extracomment>new-mandamus.json $.sources[5].court
----------
new-shared.json $.sources[10].court
----------
sources.json $.sources[63].court</extracomment>
        <translation>Tribunal de Distrito de Estados Unidos para el Distrito Central de California</translation>
    </message>
    <message>
        <source>U.S. Immigration and Customs Enforcement, ICE Guidance for Completing Form I-247A (Immigration Detainer – Notice of Action), effective Apr. 2, 2017, as reproduced online</source>
        <extracomment>new-partnerships.json $.sources[0].citation</extracomment>
        <translation>U.S. Immigration and Customs Enforcement, ICE Guidance for Completing Form I-247A (Immigration Detainer – Notice of Action; orden de retención migratoria), vigente desde el 2 de abril de 2017, según se reproduce en internet</translation>
    </message>
    <message>
        <source>Ocean County Board of Commissioners v. Attorney General of New Jersey, 8 F.4th 176 (3d Cir. 2021)</source>
        <extracomment>new-partnerships.json $.sources[2].citation</extracomment>
        <translation>Ocean County Board of Commissioners v. Attorney General of New Jersey, 8 F.4th 176 (3d Cir. 2021)</translation>
    </message>
    <message>
        <source>U.S. Court of Appeals for the Third Circuit</source>
        <extracomment>new-partnerships.json $.sources[2].court
----------
sources.json $.sources[60].court
----------
sources.json $.sources[72].court</extracomment>
        <translation>Tribunal de Apelaciones de Estados Unidos para el Tercer Circuito</translation>
    </message>
    <message>
        <source>College of Coastal Georgia, Reg Murphy Center publications, &quot;ICE Expands Partnerships in Georgia&quot; (June 2025)</source>
        <extracomment>new-partnerships.json $.sources[3].citation</extracomment>
        <translation>College of Coastal Georgia, publicaciones del Reg Murphy Center, &quot;ICE Expands Partnerships in Georgia&quot; (junio de 2025)</translation>
    </message>
    <message>
        <source>David A. Lieb &amp; Brian Witte, &quot;Trump is recruiting thousands of local officers to aid immigration effort. Some states are saying no,&quot; Associated Press (Feb. 18, 2026); also The Washington Post, &quot;Maryland bans partnerships with ICE&quot; (Feb. 17, 2026), as republished</source>
        <extracomment>new-partnerships.json $.sources[4].citation</extracomment>
        <translation>David A. Lieb y Brian Witte, &quot;Trump is recruiting thousands of local officers to aid immigration effort. Some states are saying no&quot;, Associated Press (18 de febrero de 2026); también The Washington Post, &quot;Maryland bans partnerships with ICE&quot; (17 de febrero de 2026), según se volvió a publicar</translation>
    </message>
    <message>
        <source>Gerstein v. Pugh, 420 U.S. 103 (1975)</source>
        <extracomment>new-reference.json $.sources[0].citation</extracomment>
        <translation>Gerstein v. Pugh, 420 U.S. 103 (1975)</translation>
    </message>
    <message>
        <source>28 U.S.C. §2201 (Declaratory Judgment Act)</source>
        <extracomment>new-reference.json $.sources[1].citation</extracomment>
        <translation>28 U.S.C. §2201 (Declaratory Judgment Act, ley de sentencias declaratorias)</translation>
    </message>
    <message>
        <source>8 U.S.C. §1229a (INA §240)</source>
        <extracomment>new-reference.json $.sources[2].citation</extracomment>
        <translation>8 U.S.C. §1229a (INA §240)</translation>
    </message>
    <message>
        <source>Homeland Security Act of 2002, Pub. L. No. 107-296, §101 (6 U.S.C. §111) and §451 (6 U.S.C. §271)</source>
        <extracomment>new-reference.json $.sources[4].citation</extracomment>
        <translation>Homeland Security Act of 2002 (Ley de Seguridad Nacional de 2002), Pub. L. No. 107-296, §101 (6 U.S.C. §111) y §451 (6 U.S.C. §271)</translation>
    </message>
    <message>
        <source>Fed. R. App. P. 40 (as amended Dec. 1, 2024, which moved the en banc rules of former Rule 35 into Rule 40); 28 U.S.C. §46(c)</source>
        <extracomment>new-reference.json $.sources[5].citation</extracomment>
        <translation>Fed. R. App. P. 40 (modificada el 1 de diciembre de 2024, cuando pasaron a la Regla 40 las normas sobre casos en pleno de la antigua Regla 35); 28 U.S.C. §46(c)</translation>
    </message>
    <message>
        <source>Department of Homeland Security, Designating Aliens for Expedited Removal, notice, 90 Fed. Reg. 8139 (Jan. 24, 2025), effective Jan. 21, 2025</source>
        <extracomment>new-reference.json $.sources[7].citation</extracomment>
        <translation>Department of Homeland Security (Departamento de Seguridad Nacional), Designating Aliens for Expedited Removal (deportación acelerada), aviso, 90 Fed. Reg. 8139 (24 de enero de 2025), en vigor desde el 21 de enero de 2025</translation>
    </message>
    <message>
        <source>Bloomberg News (Mar. 4, 2021), as republished by Newsmax, on the joint filings in Supreme Court Nos. 20-666, 20-795 and 20-796</source>
        <extracomment>new-reference.json $.sources[8].citation</extracomment>
        <translation>Bloomberg News (4 de marzo de 2021), según lo publicó Newsmax, sobre las solicitudes conjuntas en los casos de la Corte Suprema n.º 20-666, 20-795 y 20-796</translation>
    </message>
    <message>
        <source>8 U.S.C. §1226 (INA §236), §1226(a) and §1226(c), as amended by the Laken Riley Act, Pub. L. No. 119-1, §2 (2025)</source>
        <extracomment>new-shared.json $.sources[0].citation</extracomment>
        <translation>8 U.S.C. §1226 (INA §236), §1226(a) y §1226(c), enmendado por la Ley Laken Riley (Laken Riley Act), Pub. L. No. 119-1, §2 (2025)</translation>
    </message>
    <message>
        <source>8 U.S.C. §1225 (INA §235), §1225(b)(1) and §1225(b)(2)(A)</source>
        <extracomment>new-shared.json $.sources[1].citation</extracomment>
        <translation>8 U.S.C. §1225 (INA §235), §1225(b)(1) y §1225(b)(2)(A)</translation>
    </message>
    <message>
        <source>8 U.S.C. §1362 (INA §292)</source>
        <extracomment>new-shared.json $.sources[2].citation</extracomment>
        <translation>8 U.S.C. §1362 (INA §292)</translation>
    </message>
    <message>
        <source>8 C.F.R. §236.1(d) and §1236.1(d)</source>
        <extracomment>new-shared.json $.sources[3].citation</extracomment>
        <translation>8 C.F.R. §236.1(d) y §1236.1(d)</translation>
    </message>
    <message>
        <source>Jennings v. Rodriguez, 583 U.S. 281 (2018)</source>
        <extracomment>new-shared.json $.sources[4].citation</extracomment>
        <translation>Jennings v. Rodriguez, 583 U.S. 281 (2018)</translation>
    </message>
    <message>
        <source>Padilla v. Kentucky, 559 U.S. 356 (2010)</source>
        <extracomment>new-shared.json $.sources[5].citation</extracomment>
        <translation>Padilla v. Kentucky, 559 U.S. 356 (2010)</translation>
    </message>
    <message>
        <source>Hiibel v. Sixth Judicial District Court of Nevada, 542 U.S. 177 (2004)</source>
        <extracomment>new-shared.json $.sources[6].citation</extracomment>
        <translation>Hiibel v. Sixth Judicial District Court of Nevada, 542 U.S. 177 (2004)</translation>
    </message>
    <message>
        <source>Steagald v. United States, 451 U.S. 204 (1981)</source>
        <extracomment>new-shared.json $.sources[7].citation</extracomment>
        <translation>Steagald v. United States, 451 U.S. 204 (1981)</translation>
    </message>
    <message>
        <source>U.S. Citizenship and Immigration Services, Alien Registration Form and Evidence of Registration, interim final rule, 90 Fed. Reg. 11793 (Mar. 12, 2025), effective Apr. 11, 2025; 8 U.S.C. §§1302, 1304(e) (INA §§262, 264(e))</source>
        <extracomment>new-shared.json $.sources[8].citation</extracomment>
        <translation>Servicio de Ciudadanía e Inmigración de Estados Unidos (USCIS), Alien Registration Form and Evidence of Registration, regla final provisional, 90 Fed. Reg. 11793 (12 de marzo de 2025), vigente desde el 11 de abril de 2025; 8 U.S.C. §§1302, 1304(e) (INA §§262, 264(e))</translation>
    </message>
    <message>
        <source>Board of Immigration Appeals</source>
        <extracomment>new-shared.json $.sources[9].court</extracomment>
        <translation>Junta de Apelaciones de Inmigración (BIA)</translation>
    </message>
    <message>
        <source>Illegal Immigration Reform and Immigrant Responsibility Act of 1996, Pub. L. No. 104-208, div. C</source>
        <extracomment>sources.json $.sources[0].citation</extracomment>
        <translation>Illegal Immigration Reform and Immigrant Responsibility Act of 1996 (Ley IIRIRA), Pub. L. No. 104-208, div. C</translation>
    </message>
    <message>
        <source>8 U.S.C. §1357 (INA §287): §1357(g) and §1357(d)</source>
        <extracomment>sources.json $.sources[1].citation</extracomment>
        <translation>8 U.S.C. §1357 (INA §287): §1357(g) y §1357(d)</translation>
    </message>
    <message>
        <source>8 U.S.C. §1373</source>
        <extracomment>sources.json $.sources[2].citation</extracomment>
        <translation>8 U.S.C. §1373</translation>
    </message>
    <message>
        <source>8 U.S.C. §1252: §1252(a)(2)(B)(ii), §1252(f)(1) and §1252(g)</source>
        <extracomment>sources.json $.sources[3].citation</extracomment>
        <translation>8 U.S.C. §1252: §1252(a)(2)(B)(ii), §1252(f)(1) y §1252(g)</translation>
    </message>
    <message>
        <source>8 U.S.C. §1447(b)</source>
        <extracomment>sources.json $.sources[4].citation</extracomment>
        <translation>8 U.S.C. §1447(b)</translation>
    </message>
    <message>
        <source>28 U.S.C. §1361 (Mandamus and Venue Act of 1962, Pub. L. No. 87-748)</source>
        <extracomment>sources.json $.sources[5].citation</extracomment>
        <translation>28 U.S.C. §1361 (Mandamus and Venue Act of 1962, Pub. L. No. 87-748)</translation>
    </message>
    <message>
        <source>28 U.S.C. §1651(a) (All Writs Act)</source>
        <extracomment>sources.json $.sources[6].citation</extracomment>
        <translation>28 U.S.C. §1651(a) (All Writs Act)</translation>
    </message>
    <message>
        <source>28 U.S.C. §2241</source>
        <extracomment>sources.json $.sources[7].citation</extracomment>
        <translation>28 U.S.C. §2241</translation>
    </message>
    <message>
        <source>5 U.S.C. §706 (Administrative Procedure Act)</source>
        <extracomment>sources.json $.sources[8].citation</extracomment>
        <translation>5 U.S.C. §706 (Administrative Procedure Act, Ley de Procedimiento Administrativo)</translation>
    </message>
    <message>
        <source>5 U.S.C. §555(b) (Administrative Procedure Act)</source>
        <extracomment>sources.json $.sources[9].citation</extracomment>
        <translation>5 U.S.C. §555(b) (Administrative Procedure Act, Ley de Procedimiento Administrativo)</translation>
    </message>
    <message>
        <source>Laken Riley Act, Pub. L. No. 119-1 (Jan. 29, 2025)</source>
        <extracomment>sources.json $.sources[10].citation</extracomment>
        <translation>Ley Laken Riley (Laken Riley Act), Pub. L. No. 119-1 (29 de enero de 2025)</translation>
    </message>
    <message>
        <source>8 C.F.R. §287.7</source>
        <extracomment>sources.json $.sources[11].citation</extracomment>
        <translation>8 C.F.R. §287.7</translation>
    </message>
    <message>
        <source>U.S. Immigration and Customs Enforcement, &quot;Delegation of Immigration Authority Section 287(g) Immigration and Nationality Act&quot;</source>
        <extracomment>sources.json $.sources[12].citation</extracomment>
        <translation>U.S. Immigration and Customs Enforcement (ICE), &quot;Delegation of Immigration Authority Section 287(g) Immigration and Nationality Act&quot;</translation>
    </message>
    <message>
        <source>Congressional Research Service, The 287(g) Program: State and Local Immigration Enforcement, IF11898 (Aug. 12, 2021)</source>
        <extracomment>sources.json $.sources[13].citation</extracomment>
        <translation>Congressional Research Service (CRS), The 287(g) Program: State and Local Immigration Enforcement, IF11898 (12 de agosto de 2021)</translation>
    </message>
    <message>
        <source>U.S. Immigration and Customs Enforcement, Form I-247A, Immigration Detainer – Notice of Action (2017)</source>
        <extracomment>sources.json $.sources[14].citation</extracomment>
        <translation>U.S. Immigration and Customs Enforcement (ICE), Formulario I-247A, Immigration Detainer – Notice of Action (orden de retención migratoria, 2017)</translation>
    </message>
    <message>
        <source>ICE Policy No. 10074.2, Issuance of Immigration Detainers by ICE Immigration Officers (Mar. 24, 2017; effective Apr. 2, 2017)</source>
        <extracomment>sources.json $.sources[15].citation</extracomment>
        <translation>Política de ICE n.º 10074.2, Issuance of Immigration Detainers by ICE Immigration Officers (sobre órdenes de retención migratoria; 24 de marzo de 2017; vigente desde el 2 de abril de 2017)</translation>
    </message>
    <message>
        <source>Memorandum from Jeh Charles Johnson, Secretary of Homeland Security, &quot;Secure Communities&quot; (Nov. 20, 2014)</source>
        <extracomment>sources.json $.sources[16].citation</extracomment>
        <translation>Memorando de Jeh Charles Johnson, secretario de Seguridad Nacional, &quot;Secure Communities&quot; (Comunidades Seguras) (20 de noviembre de 2014)</translation>
    </message>
    <message>
        <source>Executive Order 13768, Enhancing Public Safety in the Interior of the United States (signed Jan. 25, 2017), 82 Fed. Reg. 8799 (Jan. 30, 2017)</source>
        <extracomment>sources.json $.sources[17].citation</extracomment>
        <translation>Orden Ejecutiva 13768, Enhancing Public Safety in the Interior of the United States (firmada el 25 de enero de 2017), 82 Fed. Reg. 8799 (30 de enero de 2017)</translation>
    </message>
    <message>
        <source>Executive Order 14159, Protecting the American People Against Invasion (signed Jan. 20, 2025), 90 Fed. Reg. 8443 (Jan. 29, 2025)</source>
        <extracomment>sources.json $.sources[18].citation</extracomment>
        <translation>Orden Ejecutiva 14159, Protecting the American People Against Invasion (firmada el 20 de enero de 2025), 90 Fed. Reg. 8443 (29 de enero de 2025)</translation>
    </message>
    <message>
        <source>Executive Order 14287, Protecting American Communities From Criminal Aliens (signed Apr. 28, 2025), 90 Fed. Reg. 18761 (May 2, 2025)</source>
        <extracomment>sources.json $.sources[19].citation</extracomment>
        <translation>Orden Ejecutiva 14287, Protecting American Communities From Criminal Aliens (firmada el 28 de abril de 2025), 90 Fed. Reg. 18761 (2 de mayo de 2025)</translation>
    </message>
    <message>
        <source>ICE statement (Dec. 21, 2012), quoted in FAIR Legislative Update (Dec. 31, 2012)</source>
        <extracomment>sources.json $.sources[20].citation</extracomment>
        <translation>Declaración de ICE (21 de diciembre de 2012), citada en FAIR Legislative Update (31 de diciembre de 2012)</translation>
    </message>
    <message>
        <source>U.S. Department of Homeland Security and ICE, &quot;287(g) Reaches More Than 1,000 Partnerships with State and Local Enforcement&quot; (news release, Sept. 17, 2025), full text via EIN Presswire</source>
        <extracomment>sources.json $.sources[21].citation</extracomment>
        <translation>Departamento de Seguridad Nacional (DHS) e ICE, &quot;287(g) Reaches More Than 1,000 Partnerships with State and Local Enforcement&quot; (comunicado de prensa, 17 de septiembre de 2025), texto completo publicado por EIN Presswire</translation>
    </message>
    <message>
        <source>Titus Consulting, 287(g) program tracker and notes (2026)</source>
        <extracomment>sources.json $.sources[22].citation</extracomment>
        <translation>Titus Consulting, rastreador y notas sobre el programa 287(g) (2026)</translation>
    </message>
    <message>
        <source>Univision, 287(g) explainer based on ICE&apos;s database (Feb. 2025)</source>
        <extracomment>sources.json $.sources[23].citation</extracomment>
        <translation>Univision, explicación sobre el 287(g) basada en la base de datos de ICE (febrero de 2025)</translation>
    </message>
    <message>
        <source>Florida Sheriffs Association, announcement of 287(g) compliance in all county jails (Feb. 24, 2025)</source>
        <extracomment>sources.json $.sources[24].citation</extracomment>
        <translation>Florida Sheriffs Association (Asociación de Alguaciles de Florida), anuncio de que todas las cárceles de condado cumplen con el 287(g) (24 de febrero de 2025)</translation>
    </message>
    <message>
        <source>ACLU of Utah, explainer on 287(g) models (2025)</source>
        <extracomment>sources.json $.sources[25].citation</extracomment>
        <translation>ACLU de Utah, explicación sobre los modelos 287(g) (2025)</translation>
    </message>
    <message>
        <source>GovTech, &quot;Federal Fingerprint Sharing Program Meets Resistance&quot;</source>
        <extracomment>sources.json $.sources[26].citation</extracomment>
        <translation>GovTech, &quot;Federal Fingerprint Sharing Program Meets Resistance&quot; (artículo)</translation>
    </message>
    <message>
        <source>Charis E. Kubrin, &quot;Secure or Insecure Communities? Seven Reasons to Abandon the Secure Communities Program,&quot; Criminology &amp; Public Policy 13(2) (2014)</source>
        <extracomment>sources.json $.sources[27].citation</extracomment>
        <translation>Charis E. Kubrin, &quot;Secure or Insecure Communities? Seven Reasons to Abandon the Secure Communities Program&quot; (sobre Comunidades Seguras), Criminology &amp; Public Policy 13(2) (2014)</translation>
    </message>
    <message>
        <source>U.S. Department of Justice, Civil Resource Manual 215: Mandamus</source>
        <extracomment>sources.json $.sources[28].citation</extracomment>
        <translation>Departamento de Justicia de Estados Unidos, Civil Resource Manual 215: Mandamus</translation>
    </message>
    <message>
        <source>National Immigration Litigation Alliance &amp; American Immigration Council, Mandamus and APA Delay Cases: Avoiding Dismissal and Proving the Case (Feb. 19, 2021)</source>
        <extracomment>sources.json $.sources[29].citation</extracomment>
        <translation>National Immigration Litigation Alliance y American Immigration Council, Mandamus and APA Delay Cases: Avoiding Dismissal and Proving the Case (19 de febrero de 2021)</translation>
    </message>
    <message>
        <source>ACLU of Northern California and ASAP know-your-rights guidance on warrants; La Nación (Feb. 22, 2025), quoting NILC and a federal law-enforcement training instructor</source>
        <extracomment>sources.json $.sources[30].citation</extracomment>
        <translation>Guías de &quot;conozca sus derechos&quot; sobre órdenes de la ACLU del Norte de California y de ASAP; La Nación (22 de febrero de 2025), que cita al NILC y a un instructor federal de capacitación policial</translation>
    </message>
    <message>
        <source>Immigrant Legal Resource Center, &quot;Red Cards / Tarjetas rojas&quot; (English and Spanish versions, 2025)</source>
        <extracomment>sources.json $.sources[31].citation</extracomment>
        <translation>Immigrant Legal Resource Center (ILRC), &quot;Red Cards / Tarjetas rojas&quot; (versiones en inglés y en español, 2025)</translation>
    </message>
    <message>
        <source>Associated Press (Jan. 22, 2026) and Denver7 (Jan. 23, 2026), reporting on an ICE memo signed May 12, 2025</source>
        <extracomment>sources.json $.sources[32].citation</extracomment>
        <translation>Associated Press (22 de enero de 2026) y Denver7 (23 de enero de 2026), sobre un memorando de ICE firmado el 12 de mayo de 2025</translation>
    </message>
    <message>
        <source>U.S. Department of Justice, Executive Office for Immigration Review, Recognition &amp; Accreditation Program</source>
        <extracomment>sources.json $.sources[33].citation</extracomment>
        <translation>Departamento de Justicia de Estados Unidos, Oficina Ejecutiva de Revisión de Casos de Inmigración (EOIR), Recognition &amp; Accreditation Program</translation>
    </message>
    <message>
        <source>U.S. Department of Justice, Executive Office for Immigration Review, List of Pro Bono Legal Service Providers</source>
        <extracomment>sources.json $.sources[34].citation</extracomment>
        <translation>Departamento de Justicia de Estados Unidos, Oficina Ejecutiva de Revisión de Casos de Inmigración (EOIR), List of Pro Bono Legal Service Providers</translation>
    </message>
    <message>
        <source>U.S. Citizenship and Immigration Services, &quot;Avoid Scams&quot;</source>
        <extracomment>sources.json $.sources[35].citation</extracomment>
        <translation>Servicio de Ciudadanía e Inmigración de Estados Unidos (USCIS), &quot;Avoid Scams&quot; (&quot;Evite las estafas&quot;)</translation>
    </message>
    <message>
        <source>Federal Trade Commission, consumer pages on notario and immigration scams; Spanish fotonovela &quot;Cómo se enteraron Myriam y Pedro de las estafas de notario&quot; (2015)</source>
        <extracomment>sources.json $.sources[36].citation</extracomment>
        <translation>Comisión Federal de Comercio (FTC), páginas para consumidores sobre estafas de notarios y de inmigración; fotonovela en español &quot;Cómo se enteraron Myriam y Pedro de las estafas de notario&quot; (2015)</translation>
    </message>
    <message>
        <source>New York v. United States, 505 U.S. 144 (1992)</source>
        <extracomment>sources.json $.sources[37].citation</extracomment>
        <translation>New York v. United States, 505 U.S. 144 (1992)</translation>
    </message>
    <message>
        <source>Printz v. United States, 521 U.S. 898 (1997)</source>
        <extracomment>sources.json $.sources[38].citation</extracomment>
        <translation>Printz v. United States, 521 U.S. 898 (1997)</translation>
    </message>
    <message>
        <source>Murphy v. National Collegiate Athletic Ass&apos;n, 584 U.S. 453 (2018)</source>
        <extracomment>sources.json $.sources[39].citation</extracomment>
        <translation>Murphy v. National Collegiate Athletic Ass&apos;n, 584 U.S. 453 (2018)</translation>
    </message>
    <message>
        <source>Arizona v. United States, 567 U.S. 387 (2012)</source>
        <extracomment>sources.json $.sources[40].citation</extracomment>
        <translation>Arizona v. United States, 567 U.S. 387 (2012)</translation>
    </message>
    <message>
        <source>South Dakota v. Dole, 483 U.S. 203 (1987)</source>
        <extracomment>sources.json $.sources[41].citation</extracomment>
        <translation>South Dakota v. Dole, 483 U.S. 203 (1987)</translation>
    </message>
    <message>
        <source>National Federation of Independent Business v. Sebelius, 567 U.S. 519 (2012)</source>
        <extracomment>sources.json $.sources[42].citation</extracomment>
        <translation>National Federation of Independent Business v. Sebelius, 567 U.S. 519 (2012)</translation>
    </message>
    <message>
        <source>Payton v. New York, 445 U.S. 573 (1980)</source>
        <extracomment>sources.json $.sources[43].citation</extracomment>
        <translation>Payton v. New York, 445 U.S. 573 (1980)</translation>
    </message>
    <message>
        <source>Heckler v. Ringer, 466 U.S. 602 (1984)</source>
        <extracomment>sources.json $.sources[44].citation</extracomment>
        <translation>Heckler v. Ringer, 466 U.S. 602 (1984)</translation>
    </message>
    <message>
        <source>Kerr v. United States District Court, 426 U.S. 394 (1976)</source>
        <extracomment>sources.json $.sources[45].citation</extracomment>
        <translation>Kerr v. United States District Court, 426 U.S. 394 (1976)</translation>
    </message>
    <message>
        <source>Cheney v. United States District Court, 542 U.S. 367 (2004)</source>
        <extracomment>sources.json $.sources[46].citation</extracomment>
        <translation>Cheney v. United States District Court, 542 U.S. 367 (2004)</translation>
    </message>
    <message>
        <source>Norton v. Southern Utah Wilderness Alliance, 542 U.S. 55 (2004)</source>
        <extracomment>sources.json $.sources[47].citation</extracomment>
        <translation>Norton v. Southern Utah Wilderness Alliance, 542 U.S. 55 (2004)</translation>
    </message>
    <message>
        <source>Garland v. Aleman Gonzalez, 596 U.S. 543 (2022)</source>
        <extracomment>sources.json $.sources[48].citation</extracomment>
        <translation>Garland v. Aleman Gonzalez, 596 U.S. 543 (2022)</translation>
    </message>
    <message>
        <source>Reno v. American-Arab Anti-Discrimination Committee, 525 U.S. 471 (1999)</source>
        <extracomment>sources.json $.sources[49].citation</extracomment>
        <translation>Reno v. American-Arab Anti-Discrimination Committee, 525 U.S. 471 (1999)</translation>
    </message>
    <message>
        <source>Trump v. CASA, Inc., 606 U.S. 831 (2025)</source>
        <extracomment>sources.json $.sources[50].citation</extracomment>
        <translation>Trump v. CASA, Inc., 606 U.S. 831 (2025)</translation>
    </message>
    <message>
        <source>Trump v. J.G.G., 604 U.S. ___ (Apr. 7, 2025) (per curiam)</source>
        <extracomment>sources.json $.sources[51].citation</extracomment>
        <translation>Trump v. J.G.G., 604 U.S. ___ (7 de abril de 2025) (per curiam)</translation>
    </message>
    <message>
        <source>Heckler v. Chaney, 470 U.S. 821 (1985)</source>
        <extracomment>sources.json $.sources[52].citation</extracomment>
        <translation>Heckler v. Chaney, 470 U.S. 821 (1985)</translation>
    </message>
    <message>
        <source>United States v. Texas, 599 U.S. 670 (2023)</source>
        <extracomment>sources.json $.sources[53].citation</extracomment>
        <translation>United States v. Texas, 599 U.S. 670 (2023)</translation>
    </message>
    <message>
        <source>Zadvydas v. Davis, 533 U.S. 678 (2001)</source>
        <extracomment>sources.json $.sources[54].citation</extracomment>
        <translation>Zadvydas v. Davis, 533 U.S. 678 (2001)</translation>
    </message>
    <message>
        <source>Baker v. Carr, 369 U.S. 186 (1962)</source>
        <extracomment>sources.json $.sources[55].citation</extracomment>
        <translation>Baker v. Carr, 369 U.S. 186 (1962)</translation>
    </message>
    <message>
        <source>Zivotofsky v. Clinton, 566 U.S. 189 (2012)</source>
        <extracomment>sources.json $.sources[56].citation</extracomment>
        <translation>Zivotofsky v. Clinton, 566 U.S. 189 (2012)</translation>
    </message>
    <message>
        <source>Trump v. Hawaii, 585 U.S. 667 (2018)</source>
        <extracomment>sources.json $.sources[57].citation</extracomment>
        <translation>Trump v. Hawaii, 585 U.S. 667 (2018)</translation>
    </message>
    <message>
        <source>Egbert v. Boule, 596 U.S. 482 (2022)</source>
        <extracomment>sources.json $.sources[58].citation</extracomment>
        <translation>Egbert v. Boule, 596 U.S. 482 (2022)</translation>
    </message>
    <message>
        <source>Wilkinson v. City &amp; County of San Francisco, No. 20-666; New York v. U.S. Department of Justice, No. 20-795; City of New York v. U.S. Department of Justice, No. 20-796 (U.S., dismissed under Rule 46.1, Mar. 4, 2021)</source>
        <extracomment>sources.json $.sources[59].citation</extracomment>
        <translation>Wilkinson v. City &amp; County of San Francisco, No. 20-666; New York v. U.S. Department of Justice, No. 20-795; City of New York v. U.S. Department of Justice, No. 20-796 (Corte Suprema, desestimadas según la Regla 46.1, 4 de marzo de 2021)</translation>
    </message>
    <message>
        <source>Galarza v. Szalczyk, 745 F.3d 634 (3d Cir. 2014)</source>
        <extracomment>sources.json $.sources[60].citation</extracomment>
        <translation>Galarza v. Szalczyk, 745 F.3d 634 (3d Cir. 2014)</translation>
    </message>
    <message>
        <source>Miranda-Olivares v. Clackamas County, No. 3:12-cv-02317-ST (D. Or. Apr. 11, 2014)</source>
        <extracomment>sources.json $.sources[61].citation</extracomment>
        <translation>Miranda-Olivares v. Clackamas County, No. 3:12-cv-02317-ST (D. Or. 11 de abril de 2014)</translation>
    </message>
    <message>
        <source>U.S. District Court for the District of Oregon</source>
        <extracomment>sources.json $.sources[61].court</extracomment>
        <translation>Tribunal de Distrito de Estados Unidos para el Distrito de Oregón</translation>
    </message>
    <message>
        <source>Lunn v. Commonwealth, 477 Mass. 517 (2017)</source>
        <extracomment>sources.json $.sources[62].citation</extracomment>
        <translation>Lunn v. Commonwealth, 477 Mass. 517 (2017)</translation>
    </message>
    <message>
        <source>Massachusetts Supreme Judicial Court</source>
        <extracomment>sources.json $.sources[62].court</extracomment>
        <translation>Tribunal Supremo Judicial de Massachusetts</translation>
    </message>
    <message>
        <source>Gonzalez v. ICE, 416 F. Supp. 3d 995 (C.D. Cal. 2019)</source>
        <extracomment>sources.json $.sources[63].citation</extracomment>
        <translation>Gonzalez v. ICE, 416 F. Supp. 3d 995 (C.D. Cal. 2019)</translation>
    </message>
    <message>
        <source>Gonzalez v. ICE, 975 F.3d 788 (9th Cir. 2020)</source>
        <extracomment>sources.json $.sources[64].citation</extracomment>
        <translation>Gonzalez v. ICE, 975 F.3d 788 (9th Cir. 2020)</translation>
    </message>
    <message>
        <source>U.S. Court of Appeals for the Ninth Circuit</source>
        <extracomment>sources.json $.sources[64].court
----------
sources.json $.sources[69].court
----------
sources.json $.sources[75].court
----------
sources.json $.sources[76].court
----------
sources.json $.sources[78].court</extracomment>
        <translation>Tribunal de Apelaciones de Estados Unidos para el Noveno Circuito</translation>
    </message>
    <message>
        <source>Iddir v. INS, 301 F.3d 492 (7th Cir. 2002)</source>
        <extracomment>sources.json $.sources[65].citation</extracomment>
        <translation>Iddir v. INS, 301 F.3d 492 (7th Cir. 2002)</translation>
    </message>
    <message>
        <source>U.S. Court of Appeals for the Seventh Circuit</source>
        <extracomment>sources.json $.sources[65].court
----------
sources.json $.sources[73].court
----------
sources.json $.sources[74].court</extracomment>
        <translation>Tribunal de Apelaciones de Estados Unidos para el Séptimo Circuito</translation>
    </message>
    <message>
        <source>Telecommunications Research &amp; Action Center v. FCC, 750 F.2d 70 (D.C. Cir. 1984)</source>
        <extracomment>sources.json $.sources[66].citation</extracomment>
        <translation>Telecommunications Research &amp; Action Center v. FCC, 750 F.2d 70 (D.C. Cir. 1984)</translation>
    </message>
    <message>
        <source>U.S. Court of Appeals for the D.C. Circuit</source>
        <extracomment>sources.json $.sources[66].court</extracomment>
        <translation>Tribunal de Apelaciones de Estados Unidos para el Circuito del Distrito de Columbia</translation>
    </message>
    <message>
        <source>Melendres v. Arpaio, No. CV-07-2513-PHX-GMS (D. Ariz. May 24, 2013)</source>
        <extracomment>sources.json $.sources[67].citation</extracomment>
        <translation>Melendres v. Arpaio, No. CV-07-2513-PHX-GMS (D. Ariz. 24 de mayo de 2013)</translation>
    </message>
    <message>
        <source>U.S. District Court for the District of Arizona</source>
        <extracomment>sources.json $.sources[67].court</extracomment>
        <translation>Tribunal de Distrito de Estados Unidos para el Distrito de Arizona</translation>
    </message>
    <message>
        <source>City of El Cenizo v. Texas, 890 F.3d 164 (5th Cir. 2018)</source>
        <extracomment>sources.json $.sources[68].citation</extracomment>
        <translation>City of El Cenizo v. Texas, 890 F.3d 164 (5th Cir. 2018)</translation>
    </message>
    <message>
        <source>United States v. California, 921 F.3d 865 (9th Cir. 2019)</source>
        <extracomment>sources.json $.sources[69].citation</extracomment>
        <translation>United States v. California, 921 F.3d 865 (9th Cir. 2019)</translation>
    </message>
    <message>
        <source>City of Philadelphia v. Sessions (E.D. Pa. June 6, 2018)</source>
        <extracomment>sources.json $.sources[70].citation</extracomment>
        <translation>City of Philadelphia v. Sessions (E.D. Pa. 6 de junio de 2018)</translation>
    </message>
    <message>
        <source>U.S. District Court for the Eastern District of Pennsylvania</source>
        <extracomment>sources.json $.sources[70].court</extracomment>
        <translation>Tribunal de Distrito de Estados Unidos para el Distrito Este de Pensilvania</translation>
    </message>
    <message>
        <source>City of Chicago v. Sessions, 321 F. Supp. 3d 855 (N.D. Ill. July 27, 2018)</source>
        <extracomment>sources.json $.sources[71].citation</extracomment>
        <translation>City of Chicago v. Sessions, 321 F. Supp. 3d 855 (N.D. Ill. 27 de julio de 2018)</translation>
    </message>
    <message>
        <source>U.S. District Court for the Northern District of Illinois</source>
        <extracomment>sources.json $.sources[71].court
----------
sources.json $.sources[80].court</extracomment>
        <translation>Tribunal de Distrito de Estados Unidos para el Distrito Norte de Illinois</translation>
    </message>
    <message>
        <source>City of Philadelphia v. Attorney General, 916 F.3d 276 (3d Cir. 2019)</source>
        <extracomment>sources.json $.sources[72].citation</extracomment>
        <translation>City of Philadelphia v. Attorney General, 916 F.3d 276 (3d Cir. 2019)</translation>
    </message>
    <message>
        <source>City of Chicago v. Sessions, 888 F.3d 272 (7th Cir. 2018)</source>
        <extracomment>sources.json $.sources[73].citation</extracomment>
        <translation>City of Chicago v. Sessions, 888 F.3d 272 (7th Cir. 2018)</translation>
    </message>
    <message>
        <source>City of Chicago v. Barr, 961 F.3d 882 (7th Cir. Apr. 30, 2020)</source>
        <extracomment>sources.json $.sources[74].citation</extracomment>
        <translation>City of Chicago v. Barr, 961 F.3d 882 (7th Cir. 30 de abril de 2020)</translation>
    </message>
    <message>
        <source>City of Los Angeles v. Barr, 929 F.3d 1163 (9th Cir. 2019)</source>
        <extracomment>sources.json $.sources[75].citation</extracomment>
        <translation>City of Los Angeles v. Barr, 929 F.3d 1163 (9th Cir. 2019)</translation>
    </message>
    <message>
        <source>City &amp; County of San Francisco v. Barr, 965 F.3d 753 (9th Cir. 2020)</source>
        <extracomment>sources.json $.sources[76].citation</extracomment>
        <translation>City &amp; County of San Francisco v. Barr, 965 F.3d 753 (9th Cir. 2020)</translation>
    </message>
    <message>
        <source>New York v. U.S. Department of Justice, 951 F.3d 84 (2d Cir. 2020)</source>
        <extracomment>sources.json $.sources[77].citation</extracomment>
        <translation>New York v. U.S. Department of Justice, 951 F.3d 84 (2d Cir. 2020)</translation>
    </message>
    <message>
        <source>City &amp; County of San Francisco v. Trump, 897 F.3d 1225 (9th Cir. 2018)</source>
        <extracomment>sources.json $.sources[78].citation</extracomment>
        <translation>City &amp; County of San Francisco v. Trump, 897 F.3d 1225 (9th Cir. 2018)</translation>
    </message>
    <message>
        <source>City &amp; County of San Francisco v. Trump, No. 3:25-cv-01350-WHO (N.D. Cal. 2025–2026)</source>
        <extracomment>sources.json $.sources[79].citation</extracomment>
        <translation>City &amp; County of San Francisco v. Trump, No. 3:25-cv-01350-WHO (N.D. Cal. 2025–2026)</translation>
    </message>
    <message>
        <source>U.S. District Court for the Northern District of California</source>
        <extracomment>sources.json $.sources[79].court</extracomment>
        <translation>Tribunal de Distrito de Estados Unidos para el Distrito Norte de California</translation>
    </message>
    <message>
        <source>United States v. Illinois, No. 1:25-cv-01285 (N.D. Ill. July 25, 2025)</source>
        <extracomment>sources.json $.sources[80].citation</extracomment>
        <translation>United States v. Illinois, No. 1:25-cv-01285 (N.D. Ill. 25 de julio de 2025)</translation>
    </message>
    <message>
        <source>United States v. New York, No. 1:25-cv-00744 (N.D.N.Y. Nov. 17, 2025)</source>
        <extracomment>sources.json $.sources[81].citation</extracomment>
        <translation>United States v. New York, No. 1:25-cv-00744 (N.D.N.Y. 17 de noviembre de 2025)</translation>
    </message>
    <message>
        <source>U.S. District Court for the Northern District of New York</source>
        <extracomment>sources.json $.sources[81].court</extracomment>
        <translation>Tribunal de Distrito de Estados Unidos para el Distrito Norte de Nueva York</translation>
    </message>
    <message>
        <source>Reports on United States v. City of Los Angeles, No. 2:25-cv-05917 (C.D. Cal.) (Bloomberg Law; civicintelligence.news, June 2026)</source>
        <extracomment>sources.json $.sources[82].citation</extracomment>
        <translation>Informes sobre United States v. City of Los Angeles, No. 2:25-cv-05917 (C.D. Cal.) (Bloomberg Law; civicintelligence.news, junio de 2026)</translation>
    </message>
    <message>
        <source>News reports on U.S. Department of Justice suits against Newark, Jersey City, Paterson and Hoboken, New Jersey (filed May 22, 2025) and against New York City (filed 2025)</source>
        <extracomment>sources.json $.sources[83].citation</extracomment>
        <translation>Noticias sobre las demandas del Departamento de Justicia de Estados Unidos contra Newark, Jersey City, Paterson y Hoboken, Nueva Jersey (presentadas el 22 de mayo de 2025), y contra la Ciudad de Nueva York (presentada en 2025)</translation>
    </message>
    <message>
        <source>Texas Senate Bill 4, 85th Legislature, Regular Session (2017), enrolled version</source>
        <extracomment>sources.json $.sources[84].citation</extracomment>
        <translation>Texas Senate Bill 4 (Ley SB 4 de Texas), 85th Legislature, Regular Session (2017), versión final aprobada</translation>
    </message>
    <message>
        <source>Texas Senate Bill 8, 89th Legislature, Regular Session (2025), enrolled version</source>
        <extracomment>sources.json $.sources[85].citation</extracomment>
        <translation>Texas Senate Bill 8 (Ley SB 8 de Texas), 89th Legislature, Regular Session (2025), versión final aprobada</translation>
    </message>
    <message>
        <source>Florida SB 168 (2019), Ch. 2019-102, Laws of Fla., creating chapter 908, Florida Statutes</source>
        <extracomment>sources.json $.sources[87].citation</extracomment>
        <translation>Florida SB 168 (2019), Ch. 2019-102, Laws of Fla., que creó el capítulo 908 de los Florida Statutes</translation>
    </message>
    <message>
        <source>Fla. Stat. §908.11 (2024 edition, including 2025C amendments), created by SB 1808, Ch. 2022-193, amended by SB 2-C, Ch. 2025-1</source>
        <extracomment>sources.json $.sources[88].citation</extracomment>
        <translation>Fla. Stat. §908.11 (edición de 2024, con las enmiendas de 2025C), creado por SB 1808, Ch. 2022-193, y enmendado por SB 2-C, Ch. 2025-1</translation>
    </message>
    <message>
        <source>Florida SB 2-C, Ch. 2025-1, Laws of Fla. (signed Feb. 13, 2025)</source>
        <extracomment>sources.json $.sources[89].citation</extracomment>
        <translation>Florida SB 2-C, Ch. 2025-1, Laws of Fla. (firmada el 13 de febrero de 2025)</translation>
    </message>
    <message>
        <source>Georgia House Bill 1105 (2024), Georgia Criminal Alien Track and Report Act of 2024 (signed May 1, 2024)</source>
        <extracomment>sources.json $.sources[91].citation</extracomment>
        <translation>Georgia House Bill 1105 (Ley HB 1105 de Georgia, 2024), Georgia Criminal Alien Track and Report Act of 2024 (firmada el 1 de mayo de 2024)</translation>
    </message>
    <message>
        <source>California Senate Bill 54, California Values Act (2017)</source>
        <extracomment>sources.json $.sources[92].citation</extracomment>
        <translation>California Senate Bill 54 (Ley SB 54 de California), California Values Act (2017)</translation>
    </message>
    <message>
        <source>Illinois TRUST Act, Public Act 100-0463 (2017), 5 ILCS 805; amended by the Way Forward Act (2021)</source>
        <extracomment>sources.json $.sources[93].citation</extracomment>
        <translation>Ley TRUST de Illinois (Illinois TRUST Act), Public Act 100-0463 (2017), 5 ILCS 805; enmendada por la Way Forward Act (2021)</translation>
    </message>
    <message>
        <source>New York Protect Our Courts Act, S425-A / A2176-A, ch. 322 of 2020 (signed Dec. 15, 2020)</source>
        <extracomment>sources.json $.sources[94].citation</extracomment>
        <translation>Ley Protect Our Courts Act de Nueva York, S425-A / A2176-A, cap. 322 de 2020 (firmada el 15 de diciembre de 2020)</translation>
    </message>
    <message>
        <source>Maryland SB 245 and HB 444 (2026), Public Safety – Immigration Enforcement Agreements – Prohibition (emergency bills signed Feb. 17, 2026), as reported by WTOP (Feb. 3, 2026), WMAR (Feb. 12, 2026) and AP (Feb. 18, 2026)</source>
        <extracomment>sources.json $.sources[95].citation</extracomment>
        <translation>Maryland SB 245 y HB 444 (2026), Public Safety – Immigration Enforcement Agreements – Prohibition (leyes de emergencia firmadas el 17 de febrero de 2026), según informaron WTOP (3 de febrero de 2026), WMAR (12 de febrero de 2026) y AP (18 de febrero de 2026)</translation>
    </message>
    <message>
        <source>Nik Theodore, Insecure Communities: Latino Perceptions of Police Involvement in Immigration Enforcement (University of Illinois at Chicago, May 2013)</source>
        <extracomment>sources.json $.sources[96].citation</extracomment>
        <translation>Nik Theodore, Insecure Communities: Latino Perceptions of Police Involvement in Immigration Enforcement (University of Illinois at Chicago, mayo de 2013)</translation>
    </message>
    <message>
        <source>Houston Police Department figures announced Apr. 5, 2017, as reported by Texas Standard (Apr. 10, 2017), KHOU and ABC13</source>
        <extracomment>sources.json $.sources[97].citation</extracomment>
        <translation>Cifras del Departamento de Policía de Houston anunciadas el 5 de abril de 2017, según informaron Texas Standard (10 de abril de 2017), KHOU y ABC13</translation>
    </message>
    <message>
        <source>LAPD Chief Charlie Beck, remarks of Mar. 21, 2017, as reported by HuffPost and Texas Standard</source>
        <extracomment>sources.json $.sources[98].citation</extracomment>
        <translation>Charlie Beck, jefe de la policía de Los Ángeles (LAPD), declaraciones del 21 de marzo de 2017, según informaron HuffPost y Texas Standard</translation>
    </message>
    <message>
        <source>Elisa Jácome, &quot;The Effect of Immigration Enforcement on Crime Reporting: Evidence from Dallas,&quot; Journal of Urban Economics 128 (2022) 103395</source>
        <extracomment>sources.json $.sources[99].citation</extracomment>
        <translation>Elisa Jácome, &quot;The Effect of Immigration Enforcement on Crime Reporting: Evidence from Dallas&quot;, Journal of Urban Economics 128 (2022) 103395</translation>
    </message>
    <message>
        <source>U.S. Census Bureau, Center for Economic Studies Working Paper 26-23, Community Engagement and Public Safety: Evidence From Crime Enforcement Targeting Immigrants (Apr. 2026)</source>
        <extracomment>sources.json $.sources[100].citation</extracomment>
        <translation>Oficina del Censo de Estados Unidos, Center for Economic Studies, documento de trabajo 26-23, Community Engagement and Public Safety: Evidence From Crime Enforcement Targeting Immigrants (abril de 2026)</translation>
    </message>
    <message>
        <source>Thomas J. Miles &amp; Adam B. Cox, &quot;Does Immigration Enforcement Reduce Crime? Evidence from &apos;Secure Communities&apos;,&quot; Journal of Law &amp; Economics (Nov. 2014)</source>
        <extracomment>sources.json $.sources[101].citation</extracomment>
        <translation>Thomas J. Miles y Adam B. Cox, &quot;Does Immigration Enforcement Reduce Crime? Evidence from &apos;Secure Communities&apos;&quot; (sobre Comunidades Seguras), Journal of Law &amp; Economics (noviembre de 2014)</translation>
    </message>
    <message>
        <source>Elina Treyger, Aaron Chalfin &amp; Charles Loeffler, &quot;Immigration Enforcement, Policing, and Crime: Evidence from the Secure Communities Program,&quot; Criminology &amp; Public Policy 13(2):285 (2014)</source>
        <extracomment>sources.json $.sources[102].citation</extracomment>
        <translation>Elina Treyger, Aaron Chalfin y Charles Loeffler, &quot;Immigration Enforcement, Policing, and Crime: Evidence from the Secure Communities Program&quot; (sobre Comunidades Seguras), Criminology &amp; Public Policy 13(2):285 (2014)</translation>
    </message>
    <message>
        <source>Randy Capps, Marc R. Rosenblum, Cristina Rodríguez &amp; Muzaffar Chishti, Delegation and Divergence: A Study of 287(g) State and Local Immigration Enforcement (Migration Policy Institute, Jan. 2011)</source>
        <extracomment>sources.json $.sources[103].citation</extracomment>
        <translation>Randy Capps, Marc R. Rosenblum, Cristina Rodríguez y Muzaffar Chishti, Delegation and Divergence: A Study of 287(g) State and Local Immigration Enforcement (Migration Policy Institute, enero de 2011)</translation>
    </message>
    <message>
        <source>Niskanen Center, &quot;287(g) Agreements: A Costly Choice for Localities&quot;; Washington Examiner on the MPI report</source>
        <extracomment>sources.json $.sources[104].citation</extracomment>
        <translation>Niskanen Center, &quot;287(g) Agreements: A Costly Choice for Localities&quot;; Washington Examiner, sobre el informe del MPI</translation>
    </message>
    <message>
        <source>U.S. Department of Justice Civil Rights Division findings on the Maricopa County Sheriff&apos;s Office (Dec. 15, 2011), as reported by U.S. News and the American Immigration Council</source>
        <extracomment>sources.json $.sources[105].citation</extracomment>
        <translation>Conclusiones de la División de Derechos Civiles del Departamento de Justicia de Estados Unidos sobre la Oficina del Alguacil (Sheriff) del Condado de Maricopa (15 de diciembre de 2011), según informaron U.S. News y el American Immigration Council</translation>
    </message>
    <message>
        <source>Executive Order 14218, Ending Taxpayer Subsidization of Open Borders (signed Feb. 19, 2025), 90 Fed. Reg. 10581 (Feb. 25, 2025)</source>
        <extracomment>new-courts.json $.sources[0].citation</extracomment>
        <translation>Orden Ejecutiva 14218, Ending Taxpayer Subsidization of Open Borders (firmada el 19 de febrero de 2025), 90 Fed. Reg. 10581 (25 de febrero de 2025)</translation>
    </message>
    <message>
        <source>ACLU of Southern California, &quot;Know Your Rights: ICE Agents at Your Door&quot; (web page, 2026)</source>
        <extracomment>new-kyr.json $.sources[0].citation</extracomment>
        <translation>ACLU of Southern California, &quot;Know Your Rights: ICE Agents at Your Door&quot; (página web, 2026)</translation>
    </message>
    <message>
        <source>ACLU of Missouri, &quot;Your Rights and Law Enforcement&quot; (web page, 2026)</source>
        <extracomment>new-kyr.json $.sources[1].citation</extracomment>
        <translation>ACLU of Missouri, &quot;Your Rights and Law Enforcement&quot; (página web, 2026)</translation>
    </message>
    <message>
        <source>Executive Order 13993, Revision of Civil Immigration Enforcement Policies and Priorities (signed Jan. 20, 2021), 86 Fed. Reg. 7051 (Jan. 25, 2021)</source>
        <extracomment>new-partnerships.json $.sources[1].citation</extracomment>
        <translation>Orden Ejecutiva 13993, Revision of Civil Immigration Enforcement Policies and Priorities (firmada el 20 de enero de 2021), 86 Fed. Reg. 7051 (25 de enero de 2021)</translation>
    </message>
    <message>
        <source>8 U.S.C. §1231 (INA §241), §1231(a)(1)(A) and §1231(a)(2)</source>
        <extracomment>new-reference.json $.sources[3].citation</extracomment>
        <translation>8 U.S.C. §1231 (INA §241), §1231(a)(1)(A) y §1231(a)(2)</translation>
    </message>
    <message>
        <source>Executive Order 14148, Initial Rescissions of Harmful Executive Orders and Actions (signed Jan. 20, 2025), 90 Fed. Reg. 8237 (Jan. 28, 2025)</source>
        <extracomment>new-reference.json $.sources[6].citation</extracomment>
        <translation>Orden Ejecutiva 14148, Initial Rescissions of Harmful Executive Orders and Actions (firmada el 20 de enero de 2025), 90 Fed. Reg. 8237 (28 de enero de 2025)</translation>
    </message>
    <message>
        <source>Matter of Yajure Hurtado, 29 I&amp;N Dec. 216 (BIA 2025) (decided Sept. 5, 2025)</source>
        <extracomment>new-shared.json $.sources[9].citation</extracomment>
        <translation>Matter of Yajure Hurtado, 29 I&amp;N Dec. 216 (BIA 2025) (decisión de la Junta de Apelaciones de Inmigración del 5 de septiembre de 2025)</translation>
    </message>
    <message>
        <source>Maldonado Bautista v. Santacruz, No. 5:25-cv-01873-SSS-BFM (C.D. Cal.) (Sykes, J.): nationwide Bond Eligible Class certified Nov. 2025; final judgment Dec. 18, 2025; order of Feb. 18, 2026, as reported by immigration law firms</source>
        <extracomment>new-shared.json $.sources[10].citation</extracomment>
        <translation>Maldonado Bautista v. Santacruz, No. 5:25-cv-01873-SSS-BFM (C.D. Cal.) (jueza Sykes): clase nacional Bond Eligible Class certificada en noviembre de 2025; sentencia final del 18 de diciembre de 2025; orden del 18 de febrero de 2026, según informaron bufetes de abogados de inmigración</translation>
    </message>
    <message>
        <source>Buenrostro-Mendez v. Bondi, Nos. 25-20496 and 25-40701 (5th Cir. Feb. 6, 2026) (Jones, J., joined by Duncan, J.; Douglas, J., dissenting), as reported by immigration law firms and news outlets</source>
        <extracomment>new-shared.json $.sources[11].citation</extracomment>
        <translation>Buenrostro-Mendez v. Bondi, Nos. 25-20496 y 25-40701 (5th Cir. 6 de febrero de 2026) (opinión de la jueza Jones, con la adhesión del juez Duncan; voto disidente de la jueza Douglas), según informaron bufetes de abogados de inmigración y medios de noticias</translation>
    </message>
    <message>
        <source>Texas Senate Bill 4, 88th Leg., 4th C.S. (2023), and the litigation over it (W.D. Tex. preliminary injunction Feb. 29, 2024; 5th Cir. stay denied Mar. 26, 2024; injunction affirmed July 3, 2025; vacated en banc for lack of standing in 2026; LML v. Martin, filed May 4, 2026, injunction stayed by a 5th Cir. panel May 29, 2026; 2026 events as reported by secondary sources)</source>
        <extracomment>sources.json $.sources[86].citation</extracomment>
        <translation>Texas Senate Bill 4 (Ley SB 4 de Texas), 88th Leg., 4th C.S. (2023), y el litigio sobre ella (medida cautelar del W.D. Tex. del 29 de febrero de 2024; el 5th Cir. negó la suspensión el 26 de marzo de 2024; medida cautelar confirmada el 3 de julio de 2025; anulada en pleno (en banc) por falta de legitimación en 2026; LML v. Martin, presentada el 4 de mayo de 2026, medida cautelar suspendida por un panel del 5th Cir. el 29 de mayo de 2026; hechos de 2026 según fuentes secundarias)</translation>
    </message>
    <message>
        <source>Florida SB 4-C, Ch. 2025-2, Laws of Fla. (2025), and the litigation over it: Florida Immigrant Coalition v. Uthmeier (S.D. Fla. TRO Apr. 4, 2025; preliminary injunction Apr. 29, 2025); 11th Cir. (stay denied June 6, 2025; argued Oct. 2025); Uthmeier v. Florida Immigrant Coalition (U.S. July 9, 2025) (stay denied)</source>
        <extracomment>sources.json $.sources[90].citation</extracomment>
        <translation>Florida SB 4-C, Ch. 2025-2, Laws of Fla. (2025), y el litigio sobre ella: Florida Immigrant Coalition v. Uthmeier (S.D. Fla.: orden de restricción temporal (TRO) del 4 de abril de 2025; medida cautelar del 29 de abril de 2025); 11th Cir. (suspensión negada el 6 de junio de 2025; argumentos orales en octubre de 2025); Uthmeier v. Florida Immigrant Coalition (Corte Suprema, 9 de julio de 2025) (suspensión negada)</translation>
    </message>
</context>
<context>
    <name>content/flow/can-they-get-a-bond-hearing</name>
    <message>
        <source>Can they get a bond hearing?</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].title</extracomment>
        <translation>¿Puede tener una audiencia de fianza?</translation>
    </message>
    <message>
        <source>Questions that shape whether a person held by ICE can ask an immigration judge for a [bond hearing](term:bond-hearing), under the law and the court rulings of 2025 and 2026. General information only: it cannot tell what will happen in a real case.</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].summary</extracomment>
        <translation>Preguntas que influyen en si una persona detenida por ICE puede pedir a un juez de inmigración una [audiencia de fianza](term:bond-hearing), según la ley y los fallos de 2025 y 2026. Solo información general: no puede decir qué pasará en un caso real.</translation>
    </message>
    <message>
        <source>Who is holding the person right now?</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[0].text</extracomment>
        <translation>¿Quién tiene detenida a la persona ahora?</translation>
    </message>
    <message>
        <source>ICE holds people in its own centers or in jails it pays. A county jail that holds someone for a criminal case, with an ICE [detainer](term:detainer), is a different situation.</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[0].detail</extracomment>
        <translation>ICE tiene a personas en sus propios centros o en cárceles a las que les paga. Es otra situación si una cárcel del condado tiene a alguien por un caso penal, con una [orden de retención migratoria](term:detainer) de ICE.</translation>
    </message>
    <message>
        <source>ICE (immigration detention)</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[0].answers[0].label</extracomment>
        <translation>ICE (detención migratoria)</translation>
    </message>
    <message>
        <source>A local jail, with an ICE detainer</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[0].answers[1].label</extracomment>
        <translation>Una cárcel local, con una orden de retención de ICE</translation>
    </message>
    <message>
        <source>Not sure</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[0].answers[2].label
----------
flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[1].answers[2].label
----------
flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[4].answers[2].label
----------
flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[6].answers[2].label
----------
flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[7].answers[3].label</extracomment>
        <translation>No sé</translation>
    </message>
    <message>
        <source>Was the person ordered removed before?</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[1].text</extracomment>
        <translation>¿Ya le dieron antes una orden de deportación?</translation>
    </message>
    <message>
        <source>This means a [removal order](term:removal-order) from an immigration judge or an officer, or an earlier deportation.</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[1].detail</extracomment>
        <translation>Esto quiere decir una [orden de deportación](term:removal-order) de un juez de inmigración o de un oficial, o una deportación anterior.</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[1].answers[0].label
----------
flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[4].answers[0].label
----------
flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[6].answers[0].label</extracomment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[1].answers[1].label
----------
flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[4].answers[1].label
----------
flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[6].answers[1].label</extracomment>
        <translation>No</translation>
    </message>
    <message>
        <source>Not sure about an earlier order: a lawyer can check</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[2].text</extracomment>
        <translation>No sabe si hay una orden anterior: un abogado puede revisarlo</translation>
    </message>
    <message>
        <source>Immigration court records can show an earlier order. The rest of this flow assumes there is none. If there is one, other rules apply.</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[2].detail</extracomment>
        <translation>Los archivos del tribunal de inmigración pueden mostrar una orden anterior. El resto de este esquema supone que no la hay. Si la hay, se aplican otras reglas.</translation>
    </message>
    <message>
        <source>How did the person come into the United States?</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[3].text</extracomment>
        <translation>¿Cómo entró la persona a Estados Unidos?</translation>
    </message>
    <message>
        <source>*With inspection* means an officer checked the person and let them in, for example with a visa. *Without inspection* means crossing without being checked.</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[3].detail</extracomment>
        <translation>Entrar *con inspección* quiere decir que un oficial revisó a la persona y la dejó entrar, por ejemplo con una visa. Entrar *sin inspección* quiere decir cruzar sin que nadie la revisara.</translation>
    </message>
    <message>
        <source>With inspection (such as a visa), or has a green card</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[3].answers[0].label</extracomment>
        <translation>Con inspección (como con una visa), o tiene tarjeta verde</translation>
    </message>
    <message>
        <source>Without inspection</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[3].answers[1].label</extracomment>
        <translation>Sin inspección</translation>
    </message>
    <message>
        <source>On parole, some other way, or not sure</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[3].answers[2].label</extracomment>
        <translation>Con un permiso de entrada (parole), de otra forma, o no sé</translation>
    </message>
    <message>
        <source>Any arrest, charge or conviction of the kinds the law lists?</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[4].text</extracomment>
        <translation>¿Tiene un arresto, un cargo o una condena de los que la ley nombra?</translation>
    </message>
    <message>
        <source>Section 1226(c) lists many kinds of crimes, such as many drug and gun crimes. The answer can depend on the exact law and the court papers.</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[4].detail</extracomment>
        <translation>La Sección 1226(c) nombra muchos tipos de delitos, como muchos delitos de drogas o de armas. La respuesta puede depender de la ley exacta y de los papeles del tribunal.</translation>
    </message>
    <message>
        <source>Can they show two years of living in the United States?</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[5].text</extracomment>
        <translation>¿Puede mostrar que lleva dos años viviendo en Estados Unidos?</translation>
    </message>
    <message>
        <source>Since January 21, 2025, [expedited removal](term:expedited-removal) can be used anywhere in the country. It reaches people who entered without inspection and cannot show two years here.</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[5].detail</extracomment>
        <translation>Desde el 21 de enero de 2025, la [deportación acelerada](term:expedited-removal) se puede usar en todo el país. Alcanza a quienes entraron sin inspección y no pueden mostrar dos años aquí.</translation>
    </message>
    <message>
        <source>Yes, two years or more</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[5].answers[0].label</extracomment>
        <translation>Sí, dos años o más</translation>
    </message>
    <message>
        <source>No, or not sure</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[5].answers[1].label</extracomment>
        <translation>No, o no sé</translation>
    </message>
    <message>
        <source>Any arrest or charge for theft or other listed crimes?</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[6].text</extracomment>
        <translation>¿Tiene un arresto o cargo por robo u otro delito de la lista?</translation>
    </message>
    <message>
        <source>The Laken Riley Act (2025) covers people who entered without inspection and are arrested or charged, even with no conviction, for burglary, theft, larceny or shoplifting. It also covers assault on a police officer and crimes that kill or badly hurt someone. Section 1226(c) lists other crimes.</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[6].detail</extracomment>
        <translation>La Ley Laken Riley (2025) cubre a quienes entraron sin inspección y fueron arrestados o acusados, aunque no haya condena, por robo con allanamiento, robo, hurto o robo en tiendas. También cubre la agresión a un policía y los delitos que matan o hieren de gravedad a alguien. La Sección 1226(c) nombra otros delitos.</translation>
    </message>
    <message>
        <source>In which state is the person held now?</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[7].text</extracomment>
        <translation>¿En qué estado está detenida la persona ahora?</translation>
    </message>
    <message>
        <source>The federal appeals courts disagree about bond hearings for people who entered without inspection. What counts is the court for the place of detention, not the place of arrest. People are sometimes moved.</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[7].detail</extracomment>
        <translation>Hay un desacuerdo entre los tribunales de apelaciones federales sobre las audiencias de fianza para quienes entraron sin inspección. Lo que cuenta es el tribunal del lugar de la detención, no el del arresto. A veces llevan a las personas a otro lugar.</translation>
    </message>
    <message>
        <source>Texas, Louisiana or Mississippi</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[7].answers[0].label</extracomment>
        <translation>Texas, Luisiana o Misisipi</translation>
    </message>
    <message>
        <source>Minnesota, Iowa, Missouri, Arkansas, Nebraska, North or South Dakota</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[7].answers[1].label</extracomment>
        <translation>Minnesota, Iowa, Misuri, Arkansas, Nebraska, Dakota del Norte o Dakota del Sur</translation>
    </message>
    <message>
        <source>Another state</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[7].answers[2].label</extracomment>
        <translation>Otro estado</translation>
    </message>
    <message>
        <source>Held at a jail on an ICE detainer</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[8].text</extracomment>
        <translation>Detenida en una cárcel con una orden de retención de ICE</translation>
    </message>
    <message>
        <source>While a local jail holds the person for a criminal case, the questions in this flow usually start only once ICE takes [custody](term:custody). A detainer asks the jail to keep the person for a short time, up to 48 hours, after they would go free. The flow [A jail receives an ICE detainer](page:flow/detainer-at-the-jail) explains that part.

The criminal defense lawyer must tell a client who is not a citizen about the risk of deportation from a guilty plea ([Padilla v. Kentucky](source:padilla-2010)). That lawyer can also say how the detainer may affect bail or release. Immigration courts do not give people a free lawyer paid for by the government ([8 U.S.C. §1362](source:usc-8-1362)).

[Find legal help](page:help)</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[8].detail</extracomment>
        <translation>Mientras una cárcel local tiene a la persona por un caso penal, las preguntas de este esquema por lo general empiezan solo cuando ICE toma la [custodia](term:custody). La orden de retención le pide a la cárcel que tenga a la persona por poco tiempo, hasta 48 horas, después de la hora en que saldría libre. El esquema [Una cárcel recibe una orden de retención migratoria de ICE](page:flow/detainer-at-the-jail) explica esa parte.

El abogado del caso penal debe decirle a un cliente que no es ciudadano si declararse culpable lo pone en riesgo de deportación ([Padilla v. Kentucky](source:padilla-2010)). Ese abogado también puede decir cómo la orden de retención puede afectar la fianza o la salida. En el tribunal de inmigración no hay un abogado gratis pagado por el gobierno ([8 U.S.C. §1362](source:usc-8-1362)).

[Buscar ayuda legal](page:help)</translation>
    </message>
    <message>
        <source>Not sure who is holding the person</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[9].text</extracomment>
        <translation>No sabe quién tiene detenida a la persona</translation>
    </message>
    <message>
        <source>Who holds the person, and where, shapes everything else. A jail that holds someone for a criminal case and ICE holding someone for an immigration case follow different rules. ICE runs an [online locator](source:ice-detainee-locator) for adults in its custody.

A lawyer or DOJ-accredited representative can find out where the person is and which law ICE uses to hold them. If the detention itself seems unlawful, a lawyer can also look at [habeas corpus](term:habeas-corpus) in federal court ([28 U.S.C. §2241](source:usc-28-2241)). Immigration courts do not give people a free lawyer paid for by the government ([8 U.S.C. §1362](source:usc-8-1362)).

[Find legal help](page:help)</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[9].detail</extracomment>
        <translation>Quién tiene a la persona, y dónde, cambia todo lo demás. Una cárcel que tiene a alguien por un caso penal y ICE que tiene a alguien por un caso de inmigración siguen reglas distintas. ICE tiene un [localizador en internet](source:ice-detainee-locator) para los adultos bajo su custodia.

Un abogado o un representante acreditado por el Departamento de Justicia puede averiguar dónde está la persona y qué ley usa ICE para tenerla. Si la detención misma parece ilegal, un abogado también puede ver si cabe un [hábeas corpus](term:habeas-corpus) en un tribunal federal ([28 U.S.C. §2241](source:usc-28-2241)). En el tribunal de inmigración no hay un abogado gratis pagado por el gobierno ([8 U.S.C. §1362](source:usc-8-1362)).

[Buscar ayuda legal](page:help)</translation>
    </message>
    <message>
        <source>An earlier removal order: other detention rules</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[10].text</extracomment>
        <translation>Una orden de deportación anterior: otras reglas de detención</translation>
    </message>
    <message>
        <source>When a person already has a final [removal order](term:removal-order), ICE usually holds them under a different law. It calls for detention during a 90-day removal period ([8 U.S.C. §1231](source:usc-8-1231)). The usual bond hearing under §1226 does not apply. That is also true when an old order is put back in force after the person came back ([Johnson v. Guzman Chavez](source:guzman-chavez-2021)).

If removal is not likely soon, [Zadvydas v. Davis](source:zadvydas-2001) limits how long detention can last. After about six months the government must justify it. That is usually raised through [habeas corpus](term:habeas-corpus) in federal court.

A lawyer or DOJ-accredited representative can check whether the order is final, whether the case can be reopened, and what protection claims are left. Immigration courts do not give people a free lawyer paid for by the government ([8 U.S.C. §1362](source:usc-8-1362)).

[Find legal help](page:help)</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[10].detail</extracomment>
        <translation>Cuando una persona ya tiene una [orden final de deportación](term:removal-order), ICE por lo general la tiene detenida según otra ley. Esa ley pide la detención durante un plazo de 90 días para la deportación ([8 U.S.C. §1231](source:usc-8-1231)). La audiencia de fianza de siempre, la de la §1226, no se aplica. Lo mismo pasa cuando vuelven a usar una orden vieja porque la persona regresó al país ([Johnson v. Guzman Chavez](source:guzman-chavez-2021)).

Si no es probable que la deporten pronto, [Zadvydas v. Davis](source:zadvydas-2001) pone un límite a la detención. Pasados unos seis meses, el gobierno debe justificarla. Esto casi siempre se pide con un [hábeas corpus](term:habeas-corpus) en un tribunal federal.

Un abogado o un representante acreditado por el Departamento de Justicia puede revisar si la orden es final, si se puede reabrir el caso y qué pedidos de protección quedan. En el tribunal de inmigración no hay un abogado gratis pagado por el gobierno ([8 U.S.C. §1362](source:usc-8-1362)).

[Buscar ayuda legal](page:help)</translation>
    </message>
    <message>
        <source>A listed crime: the law may require detention without bond</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[11].text</extracomment>
        <translation>Un delito de la lista: la ley puede exigir detención sin fianza</translation>
    </message>
    <message>
        <source>[Mandatory detention](term:mandatory-detention) laws require ICE to hold some people with no bond hearing. [Section 1226(c)](source:usc-8-1226) covers many kinds of criminal records. Since January 29, 2025, the [Laken Riley Act](source:laken-riley-act-2025) also covers people who entered without inspection, used fraud or had no valid papers, if they are arrested or charged for theft-type crimes, even with no conviction.

A lawyer can check whether the arrest, charge or conviction really fits the list. That can depend on the exact law and the court papers.

In 2018 the Supreme Court said these laws do not give regular bond hearings ([Jennings v. Rodriguez](source:jennings-2018)). It left open whether very long detention breaks the Constitution. Some people raise that through [habeas corpus](term:habeas-corpus). As reported, on June 15, 2026 the Supreme Court agreed to decide that question for §1226(c) ([Genalo v. Black](source:genalo-v-black-2026)). Check the current status.

Immigration courts do not give people a free lawyer paid for by the government ([8 U.S.C. §1362](source:usc-8-1362)).

[Find legal help](page:help)</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[11].detail</extracomment>
        <translation>Las leyes de [detención obligatoria](term:mandatory-detention) obligan a ICE a tener detenidas a algunas personas sin audiencia de fianza. La [Sección 1226(c)](source:usc-8-1226) cubre muchos tipos de antecedentes penales. Desde el 29 de enero de 2025, la [Ley Laken Riley](source:laken-riley-act-2025) también cubre a quienes entraron sin inspección, usaron fraude o no tenían papeles válidos, si los arrestan o los acusan por delitos como el robo, aunque no haya condena.

Un abogado puede revisar si el arresto, el cargo o la condena de verdad entra en la lista. Eso puede depender de la ley exacta y de los papeles del tribunal.

En 2018 la Corte Suprema dijo que estas leyes no dan audiencias de fianza cada cierto tiempo ([Jennings v. Rodriguez](source:jennings-2018)). No decidió si una detención muy larga va contra la Constitución. Algunas personas lo plantean con un [hábeas corpus](term:habeas-corpus). Según informes, el 15 de junio de 2026 la Corte Suprema aceptó decidir esa pregunta para la §1226(c) ([Genalo v. Black](source:genalo-v-black-2026)). Revise cómo va ese caso.

En el tribunal de inmigración no hay un abogado gratis pagado por el gobierno ([8 U.S.C. §1362](source:usc-8-1362)).

[Buscar ayuda legal](page:help)</translation>
    </message>
    <message>
        <source>Not sure about arrests or charges</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[12].text</extracomment>
        <translation>No sabe si hubo arrestos o cargos</translation>
    </message>
    <message>
        <source>Arrests and charges can matter, not only convictions. Under the [Laken Riley Act](source:laken-riley-act-2025), an arrest or charge for a theft-type crime can lead to [mandatory detention](term:mandatory-detention) for people who entered without inspection. [Section 1226(c)](source:usc-8-1226) lists other crimes.

A lawyer or DOJ-accredited representative can get the court and police records and check them against these lists. A criminal defense lawyer can say how a plea could affect an immigration case ([Padilla v. Kentucky](source:padilla-2010)). If no hearing is given and the detention seems unlawful, a lawyer can look at [habeas corpus](term:habeas-corpus). Immigration courts do not give people a free lawyer paid for by the government ([8 U.S.C. §1362](source:usc-8-1362)).

[Find legal help](page:help)</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[12].detail</extracomment>
        <translation>Los arrestos y los cargos pueden contar, no solo las condenas. Según la [Ley Laken Riley](source:laken-riley-act-2025), un arresto o un cargo por un delito como el robo puede llevar a la [detención obligatoria](term:mandatory-detention) de quienes entraron sin inspección. La [Sección 1226(c)](source:usc-8-1226) nombra otros delitos.

Un abogado o un representante acreditado por el Departamento de Justicia puede pedir los papeles del tribunal y de la policía y compararlos con estas listas. Un abogado del caso penal puede decir cómo una declaración de culpa podría afectar un caso de inmigración ([Padilla v. Kentucky](source:padilla-2010)). Si no se da una audiencia y la detención parece ilegal, un abogado puede ver si cabe un [hábeas corpus](term:habeas-corpus). En el tribunal de inmigración no hay un abogado gratis pagado por el gobierno ([8 U.S.C. §1362](source:usc-8-1362)).

[Buscar ayuda legal](page:help)</translation>
    </message>
    <message>
        <source>Usually a bond hearing can be asked for</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[13].text</extracomment>
        <translation>Por lo general se puede pedir una audiencia de fianza</translation>
    </message>
    <message>
        <source>People who were let in with inspection, such as with a visa, and who have none of the listed crimes, are usually held under [8 U.S.C. §1226(a)](source:usc-8-1226). ICE decides first. The person can then ask an immigration judge for a [bond hearing](term:bond-hearing) ([8 C.F.R. §1236.1(d)](source:cfr-236-1)). As far as this app&apos;s sources show, the 2025 and 2026 fights over people who entered without inspection do not change this.

A bond hearing is not release. The judge can deny bond or set a high amount. [Lawyers say](source:aila-maldonado-alert-2026) proof of housing, family and community ties helps. If no hearing is allowed, a lawyer can look at [habeas corpus](term:habeas-corpus) in federal court.

Immigration courts do not give people a free lawyer paid for by the government ([8 U.S.C. §1362](source:usc-8-1362)).

[Find legal help](page:help)</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[13].detail</extracomment>
        <translation>Quienes entraron con inspección, por ejemplo con una visa, y no tienen ninguno de los delitos de la lista, por lo general están detenidos según [8 U.S.C. §1226(a)](source:usc-8-1226). Primero decide ICE. Luego la persona puede pedir a un juez de inmigración una [audiencia de fianza](term:bond-hearing) ([8 C.F.R. §1236.1(d)](source:cfr-236-1)). Según las fuentes de esta aplicación, las luchas de 2025 y 2026 sobre quienes entraron sin inspección no cambian esto.

Una audiencia de fianza no es la libertad. El juez puede negar la fianza o fijar una cantidad alta. Los [abogados dicen](source:aila-maldonado-alert-2026) que ayudan las pruebas de vivienda, de familia y de lazos con la comunidad. Si no se permite la audiencia, un abogado puede ver si cabe un [hábeas corpus](term:habeas-corpus) en un tribunal federal.

En el tribunal de inmigración no hay un abogado gratis pagado por el gobierno ([8 U.S.C. §1362](source:usc-8-1362)).

[Buscar ayuda legal](page:help)</translation>
    </message>
    <message>
        <source>Two years not shown: fast-track removal may apply</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[14].text</extracomment>
        <translation>No puede mostrar dos años: puede aplicarse la deportación acelerada</translation>
    </message>
    <message>
        <source>Since January 21, 2025, [expedited removal](term:expedited-removal) can be used anywhere in the country for people who entered without inspection and cannot show two years here ([DHS notice](source:er-designation-2025)). An officer can order removal without an immigration judge. People in this process are held, with no bond hearing ([8 U.S.C. §1225(b)](source:usc-8-1225)). Under the law, a person who says they fear return is sent for a &quot;credible fear&quot; interview.

A federal judge paused the nationwide use on August 29, 2025 ([Make the Road New York v. Noem](source:make-the-road-ddc-2025)). News reports say the D.C. Circuit lifted that pause in mid-2026 ([Make the Road New York v. Mullin](source:make-the-road-dc-cir-2026)). The exact date could not be confirmed. Check the current status.

A lawyer or DOJ-accredited representative can check whether proof of two years here, an earlier admission or parole, or a fear claim takes the person out of this process. If the detention itself seems unlawful, a lawyer can look at [habeas corpus](term:habeas-corpus). Immigration courts do not give people a free lawyer paid for by the government ([8 U.S.C. §1362](source:usc-8-1362)).

[Find legal help](page:help)</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[14].detail</extracomment>
        <translation>Desde el 21 de enero de 2025, la [deportación acelerada](term:expedited-removal) se puede usar en todo el país con quienes entraron sin inspección y no pueden mostrar dos años aquí ([aviso del DHS](source:er-designation-2025)). Un oficial puede ordenar la deportación sin un juez de inmigración. Las personas en este proceso quedan detenidas, sin audiencia de fianza ([8 U.S.C. §1225(b)](source:usc-8-1225)). Según la ley, a quien dice que tiene miedo de volver lo mandan a una entrevista de &quot;miedo creíble&quot;.

Una jueza federal frenó su uso en todo el país el 29 de agosto de 2025 ([Make the Road New York v. Noem](source:make-the-road-ddc-2025)). Según noticias, el Circuito de D.C. quitó ese freno a mediados de 2026 ([Make the Road New York v. Mullin](source:make-the-road-dc-cir-2026)). No se pudo confirmar la fecha exacta. Revise cómo está hoy.

Un abogado o un representante acreditado por el Departamento de Justicia puede revisar si las pruebas de dos años aquí, una entrada legal o un permiso (parole) anterior, o un pedido por miedo sacan a la persona de este proceso. Si la detención misma parece ilegal, un abogado puede ver si cabe un [hábeas corpus](term:habeas-corpus). Los tribunales de inmigración no dan un abogado gratis pagado por el gobierno ([8 U.S.C. §1362](source:usc-8-1362)).

[Buscar ayuda legal](page:help)</translation>
    </message>
    <message>
        <source>Held where an appeals court sided with the government</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[15].text</extracomment>
        <translation>Detenida donde un tribunal de apelaciones le dio la razón al gobierno</translation>
    </message>
    <message>
        <source>On February 6, 2026, the Fifth Circuit (Texas, Louisiana, Mississippi) ruled 2 to 1 in [Buenrostro-Mendez v. Bondi](source:buenrostro-mendez-2026). It said people who entered without inspection are [applicants for admission](term:applicant-for-admission) who must be held with no bond hearing. News reports say the Eighth Circuit (Minnesota, Iowa, Missouri, Arkansas, Nebraska and the Dakotas) agreed in spring 2026 ([Avila v. Bondi](source:avila-8th-cir-2026)).

[Reports](source:star-tribune-transfers-2026) in 2026 said people in this group held in Texas were not being released on bond. The nationwide [Maldonado Bautista](source:maldonado-bautista-2025) class ruling points the other way, and how the rulings fit together is disputed. The question may reach the Supreme Court. Check the current status.

A lawyer or DOJ-accredited representative can check whether the person was in fact admitted or paroled, whether ICE could release them on parole, and whether a [habeas corpus](term:habeas-corpus) case could raise other claims, such as very long detention. Immigration courts do not give people a free lawyer paid for by the government ([8 U.S.C. §1362](source:usc-8-1362)).

[Find legal help](page:help)</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[15].detail</extracomment>
        <translation>El 6 de febrero de 2026, el Quinto Circuito (Texas, Luisiana, Misisipi) falló 2 votos contra 1 en [Buenrostro-Mendez v. Bondi](source:buenrostro-mendez-2026). Dijo que quienes entraron sin inspección son [solicitantes de admisión](term:applicant-for-admission) y deben quedar detenidos sin audiencia de fianza. Según noticias, el Octavo Circuito (Minnesota, Iowa, Misuri, Arkansas, Nebraska y las dos Dakotas) estuvo de acuerdo en la primavera de 2026 ([Avila v. Bondi](source:avila-8th-cir-2026)).

Unos [informes](source:star-tribune-transfers-2026) de 2026 dijeron que a las personas de este grupo detenidas en Texas no las dejaban salir con fianza. El fallo de la demanda colectiva de [Maldonado Bautista](source:maldonado-bautista-2025), para todo el país, va en sentido contrario, y no está claro cómo encajan los dos fallos. El tema puede llegar a la Corte Suprema. Revise cómo está hoy.

Un abogado o un representante acreditado por el Departamento de Justicia puede revisar si en realidad a la persona la admitieron o le dieron un permiso (parole), si ICE podría soltarla con un permiso, y si un [hábeas corpus](term:habeas-corpus) podría plantear otros reclamos, como una detención muy larga. En el tribunal de inmigración no hay un abogado gratis pagado por el gobierno ([8 U.S.C. §1362](source:usc-8-1362)).

[Buscar ayuda legal](page:help)</translation>
    </message>
    <message>
        <source>Held elsewhere: many courts say a bond hearing is owed</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[16].text</extracomment>
        <translation>Detenida en otro lugar: muchos tribunales dicen que se debe dar la audiencia de fianza</translation>
    </message>
    <message>
        <source>Elsewhere, many federal trial courts ruled in 2025 and 2026 that people who entered without inspection and were arrested inside the country are held under [§1226(a)](source:usc-8-1226). That means they can ask for a [bond hearing](term:bond-hearing). News reports say the Second Circuit agreed in 2026 ([Cunha v. Freden](source:cunha-2d-cir-2026)).

A federal court in California certified a nationwide class for this group in November 2025 ([Maldonado Bautista v. Santacruz](source:maldonado-bautista-2025)). As reported, on February 18, 2026 it set aside [Matter of Yajure Hurtado](source:yajure-hurtado-2025). Even so, [lawyers reported](source:aila-maldonado-alert-2026) that some immigration judges kept refusing hearings. Many people then used [habeas corpus](term:habeas-corpus) in federal court to get one.

A lawyer or DOJ-accredited representative can check whether the person is in the class, what the local federal court has ruled, and whether a move to another state could change things. Immigration courts do not give people a free lawyer paid for by the government ([8 U.S.C. §1362](source:usc-8-1362)).

[Find legal help](page:help)</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[16].detail</extracomment>
        <translation>En otros lugares, muchos tribunales federales de primera instancia dijeron en 2025 y 2026 que quienes entraron sin inspección y fueron arrestados dentro del país están detenidos según la [§1226(a)](source:usc-8-1226). Eso quiere decir que pueden pedir una [audiencia de fianza](term:bond-hearing). Según noticias, el Segundo Circuito estuvo de acuerdo en 2026 ([Cunha v. Freden](source:cunha-2d-cir-2026)).

Un tribunal federal de California aprobó en noviembre de 2025 una demanda colectiva para todo el país, para este grupo ([Maldonado Bautista v. Santacruz](source:maldonado-bautista-2025)). Según informes, el 18 de febrero de 2026 anuló [Matter of Yajure Hurtado](source:yajure-hurtado-2025). Aun así, [informaron abogados](source:aila-maldonado-alert-2026) que algunos jueces de inmigración seguían negando las audiencias. Por eso muchas personas usaron un [hábeas corpus](term:habeas-corpus) en un tribunal federal para tener una.

Un abogado o un representante acreditado por el Departamento de Justicia puede revisar si la persona está en la demanda colectiva, qué decidió el tribunal federal de la zona y si un traslado a otro estado podría cambiar las cosas. En el tribunal de inmigración no hay un abogado gratis pagado por el gobierno ([8 U.S.C. §1362](source:usc-8-1362)).

[Buscar ayuda legal](page:help)</translation>
    </message>
    <message>
        <source>Not sure where the person is held</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[17].text</extracomment>
        <translation>No sabe dónde está detenida la persona</translation>
    </message>
    <message>
        <source>For people who entered without inspection, the answer can depend on the state where they are held, because the federal appeals courts disagree. People are sometimes moved after arrest. [News reports](source:star-tribune-transfers-2026) in 2026 described people arrested in Minnesota being moved to Texas. There, the Fifth Circuit had sided with the government on February 6, 2026 ([Buenrostro-Mendez v. Bondi](source:buenrostro-mendez-2026)).

ICE runs an [online locator](source:ice-detainee-locator) for adults in its custody. A lawyer or DOJ-accredited representative can find where the person is held and which court&apos;s rulings apply there. A [habeas corpus](term:habeas-corpus) case is filed in the district where the person is held ([28 U.S.C. §2241](source:usc-28-2241)). Immigration courts do not give people a free lawyer paid for by the government ([8 U.S.C. §1362](source:usc-8-1362)).

[Find legal help](page:help)</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[17].detail</extracomment>
        <translation>Para quienes entraron sin inspección, la respuesta puede depender del estado donde están detenidos, porque hay un desacuerdo entre los tribunales de apelaciones federales. A veces llevan a las personas a otro lugar después del arresto. Unas [noticias](source:star-tribune-transfers-2026) de 2026 contaron que a personas arrestadas en Minnesota las llevaron a Texas. Allí, el Quinto Circuito le había dado la razón al gobierno el 6 de febrero de 2026 ([Buenrostro-Mendez v. Bondi](source:buenrostro-mendez-2026)).

ICE tiene un [localizador en internet](source:ice-detainee-locator) para los adultos bajo su custodia. Un abogado o un representante acreditado por el Departamento de Justicia puede averiguar dónde está la persona y qué fallos se aplican allí. Un [hábeas corpus](term:habeas-corpus) se presenta en el distrito donde está detenida la persona ([28 U.S.C. §2241](source:usc-28-2241)). En el tribunal de inmigración no hay un abogado gratis pagado por el gobierno ([8 U.S.C. §1362](source:usc-8-1362)).

[Buscar ayuda legal](page:help)</translation>
    </message>
    <message>
        <source>Parole, another way in, or not sure</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[18].text</extracomment>
        <translation>Con permiso (parole), otra forma de entrada, o no sabe</translation>
    </message>
    <message>
        <source>How a person entered is often the key fact, and it is not always simple. People let in on parole, or who left and came back, can fall under different parts of the law ([8 U.S.C. §1225](source:usc-8-1225) and [§1226](source:usc-8-1226)).

A lawyer or DOJ-accredited representative can look at the person&apos;s papers, such as an I-94 record, a parole paper or the charging paper (Notice to Appear). These often show which rule ICE says applies. If no bond hearing is given and the detention seems unlawful, a lawyer can look at [habeas corpus](term:habeas-corpus) ([28 U.S.C. §2241](source:usc-28-2241)). Immigration courts do not give people a free lawyer paid for by the government ([8 U.S.C. §1362](source:usc-8-1362)).

[Find legal help](page:help)</source>
        <extracomment>flows/can-they-get-a-bond-hearing.json $.flows[0].nodes[18].detail</extracomment>
        <translation>Cómo entró la persona suele ser el dato clave, y no siempre es simple. Quienes entraron con un permiso (parole), o quienes salieron y volvieron, pueden quedar bajo otras partes de la ley ([8 U.S.C. §1225](source:usc-8-1225) y [§1226](source:usc-8-1226)).

Un abogado o un representante acreditado por el Departamento de Justicia puede mirar los papeles de la persona, como el registro I-94, un papel de permiso o el papel de los cargos (Notice to Appear, o Aviso de Comparecencia). Muchas veces muestran qué regla dice ICE que se aplica. Si no se da una audiencia de fianza y la detención parece ilegal, un abogado puede ver si cabe un [hábeas corpus](term:habeas-corpus) ([28 U.S.C. §2241](source:usc-28-2241)). En el tribunal de inmigración no hay un abogado gratis pagado por el gobierno ([8 U.S.C. §1362](source:usc-8-1362)).

[Buscar ayuda legal](page:help)</translation>
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
        <translation>Las guías para abogados dicen que los tribunales juzgan la [demora irrazonable](term:unreasonable-delay) según un criterio razonable y según cualquier plazo que haya fijado el Congreso.</translation>
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
        <source>Stopping action: mandamus does not fit</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[7].text</extracomment>
        <translation>Frenar una acción: el mandamus no sirve</translation>
    </message>
    <message>
        <source>More enforcement: courts rarely order it</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[8].text</extracomment>
        <translation>Exigir más control migratorio: los tribunales rara vez lo ordenan</translation>
    </message>
    <message>
        <source>No clear duty: mandamus likely does not fit</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[9].text</extracomment>
        <translation>Sin un deber claro: probablemente el mandamus no sirve</translation>
    </message>
    <message>
        <source>A court cannot order an approval</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[11].text</extracomment>
        <translation>Un tribunal no puede ordenar una aprobación</translation>
    </message>
    <message>
        <source>N-400 delay: a special path may exist</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[12].text</extracomment>
        <translation>Demora en la N-400: puede existir una vía especial</translation>
    </message>
    <message>
        <source>The wait may not yet be unreasonable</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[13].text</extracomment>
        <translation>Puede que la espera todavía no sea irrazonable</translation>
    </message>
    <message>
        <source>A long wait affecting welfare</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[14].text</extracomment>
        <translation>Una espera larga que afecta el bienestar</translation>
    </message>
    <message>
        <source>A long wait: courts weigh the factors</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[15].text</extracomment>
        <translation>Una espera larga: los tribunales evalúan los factores</translation>
    </message>
    <message>
        <source>Not sure</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[1].answers[2].label</extracomment>
        <translation>No sé</translation>
    </message>
    <message>
        <source>Does the wait affect someone&apos;s health or welfare?</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[5].text</extracomment>
        <translation>¿La espera afecta la salud o el bienestar de alguien?</translation>
    </message>
    <message>
        <source>Not sure the law requires a decision</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[10].text</extracomment>
        <translation>No sabe si la ley exige una decisión</translation>
    </message>
    <message>
        <source>Detention: a bond hearing or habeas corpus</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[6].text</extracomment>
        <translation>Detención: una audiencia de fianza o un hábeas corpus</translation>
    </message>
    <message>
        <source>Mandamus is not the usual tool for detention.

Many people held by ICE can first ask an immigration judge for a [bond hearing](term:bond-hearing). Since 2025, whether a person can get one depends on how they entered, which court&apos;s rulings apply where they are held, and any criminal charges. Courts disagree, and the rules may have changed since mid-2026. A [step-by-step guide on bond hearings](page:flow/can-they-get-a-bond-hearing) walks through the questions.

[Habeas corpus](term:habeas-corpus) in federal court is the tool when the detention itself is unlawful or no bond hearing is given. It is filed in the district where the person is held, against the person holding them. People can file on their own, but most do it with a lawyer&apos;s help. There is no free, government-paid lawyer in immigration court.

Questions to ask a lawyer: Can the person ask an immigration judge for bond? Where is the person held? What law is ICE using to detain them? How long has the detention lasted? How fast can a petition be filed? The [Find legal help](page:help) page lists places to start.</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[6].detail</extracomment>
        <translation>El mandamus no es la herramienta habitual en casos de detención.

Muchas personas detenidas por ICE pueden pedir primero una [audiencia de fianza](term:bond-hearing) ante un juez de inmigración. Desde 2025, si una persona puede tenerla depende de cómo entró, de qué fallos se aplican donde está detenida y de cualquier cargo penal. Los tribunales no están de acuerdo, y las reglas pueden haber cambiado desde mediados de 2026. Una [guía paso a paso sobre audiencias de fianza](page:flow/can-they-get-a-bond-hearing) repasa las preguntas.

El [hábeas corpus](term:habeas-corpus) ante un tribunal federal es la herramienta cuando la detención en sí es ilegal o cuando no se da una audiencia de fianza. Se presenta en el distrito donde está detenida la persona, contra quien la tiene detenida. Una persona puede presentarlo por su cuenta, pero la mayoría lo hace con ayuda de un abogado. En los tribunales de inmigración no hay un abogado gratuito pagado por el gobierno.

Preguntas para un abogado: ¿Puede la persona pedir fianza a un juez de inmigración? ¿Dónde está detenida la persona? ¿Qué ley usa ICE para detenerla? ¿Cuánto tiempo lleva detenida? ¿Qué tan rápido se puede presentar una petición? La página [Buscar ayuda legal](page:help) tiene una lista de lugares donde empezar.</translation>
    </message>
    <message>
        <source>Mandamus compels a required act. Courts do not use it to stop conduct. Tools to stop unlawful action include an [injunction](term:injunction), a [declaratory judgment](term:declaratory-judgment), or setting the action aside under the APA.

These tools have limits in immigration cases. A law bars lower courts from class-wide orders that block parts of the removal laws (*Aleman Gonzalez*, 2022). Help for one person is still possible. A 2025 ruling, *Trump v. CASA*, limits orders that protect people who are not in the case, but it left class actions open. Another law bars many claims about starting cases or carrying out removal orders.

Questions to ask a lawyer: Which tool fits? Do any of these limits apply? The [Find legal help](page:help) page lists places to start.</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[7].detail</extracomment>
        <translation>El mandamus obliga a cumplir un acto que la ley exige. Los tribunales no lo usan para frenar una conducta. Para frenar una acción ilegal hay otras herramientas: una [orden para frenar o exigir algo (injunction)](term:injunction), una [sentencia declaratoria](term:declaratory-judgment) o la anulación de la acción bajo la APA.

Estas herramientas tienen límites en los casos de inmigración. Una ley impide que los tribunales inferiores den órdenes que bloqueen partes de las leyes de deportación para todo un grupo de personas (*Aleman Gonzalez*, 2022). Todavía es posible proteger a una sola persona. Un fallo de 2025, *Trump v. CASA*, limita las órdenes que protegen a personas que no son parte del caso, pero dejó abiertas las demandas colectivas. Otra ley impide muchos reclamos sobre iniciar un caso o ejecutar una orden de deportación.

Preguntas para un abogado: ¿Qué herramienta sirve? ¿Se aplica alguno de estos límites? La página [Buscar ayuda legal](page:help) tiene una lista de lugares donde empezar.</translation>
    </message>
    <message>
        <source>Courts rarely order an agency to enforce more. In *Heckler v. Chaney* (1985), the Supreme Court said an agency&apos;s choice not to enforce is usually not reviewable. In 2023, two states lacked standing to challenge federal enforcement priorities.

A 2025 law, the Laken Riley Act, gives state attorneys general a right to sue over some release and detention failures. That right belongs to the states. The same law also requires ICE to detain some people, without bond, who are only arrested for or charged with theft-type crimes. It covers some noncitizens, such as people who came in without being inspected or who have no valid papers.

Questions to ask a lawyer: Is there a specific duty in the law? Who has standing to sue? The [Find legal help](page:help) page lists places to start.</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[8].detail</extracomment>
        <translation>Los tribunales rara vez ordenan a una agencia que haga cumplir más la ley. En *Heckler v. Chaney* (1985), la Corte Suprema dijo que la decisión de una agencia de no hacer cumplir la ley, por lo general, no se puede revisar en los tribunales. En 2023, dos estados no tenían legitimación (derecho a demandar) para cuestionar las prioridades federales de control migratorio.

Una ley de 2025, la Ley Laken Riley (Laken Riley Act), da a los fiscales generales de los estados el derecho a demandar por algunas fallas en la liberación y la detención de personas. Ese derecho es de los estados. La misma ley también obliga a ICE a detener sin fianza a algunas personas que solo fueron arrestadas o acusadas de delitos como robo o hurto en tiendas. Se aplica a algunos no ciudadanos, como quienes entraron sin ser inspeccionados o no tienen papeles válidos.

Preguntas para un abogado: ¿Hay un deber específico en la ley? ¿Quién tiene legitimación para demandar? La página [Buscar ayuda legal](page:help) tiene una lista de lugares donde empezar.</translation>
    </message>
    <message>
        <source>Mandamus needs a clear duty that the law requires, with no room to choose. If the law leaves the act to the agency&apos;s judgment, a court cannot force it.

Even where a suit fits, it can at most lead to a decision, not an approval.

Questions to ask a lawyer: Does any law or rule require the agency to act? Is there a deadline in the law? The [Find legal help](page:help) page lists places to start.</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[9].detail</extracomment>
        <translation>El mandamus requiere un deber claro que la ley exige, sin margen para elegir. Si la ley deja el acto al criterio de la agencia, un tribunal no puede obligarla.

Aun cuando una demanda sirva, como máximo puede llevar a una decisión, no a una aprobación.

Preguntas para un abogado: ¿Alguna ley o regla obliga a la agencia a actuar? ¿La ley fija un plazo? La página [Buscar ayuda legal](page:help) tiene una lista de lugares donde empezar.</translation>
    </message>
    <message>
        <source>Whether the law requires the agency to act is a legal question. A lawyer or accredited representative can check. A federal law says agencies must finish matters within a reasonable time. Whether that gives a clear duty in a given case depends on the facts and the court.

Even where a suit fits, it can at most lead to a decision, not an approval.

Questions to ask a lawyer: Does any law or rule require the agency to decide? Is there a deadline in the law? The [Find legal help](page:help) page lists places to start.</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[10].detail</extracomment>
        <translation>Saber si la ley obliga a la agencia a actuar es una pregunta legal. Un abogado o un representante acreditado puede revisarlo. Una ley federal dice que las agencias deben terminar los asuntos dentro de un tiempo razonable. Si eso crea un deber claro en un caso concreto depende de los hechos y del tribunal.

Aun cuando una demanda sea apropiada, como máximo puede llevar a una decisión, no a una aprobación.

Preguntas para un abogado: ¿Alguna ley o regla obliga a la agencia a decidir? ¿La ley fija un plazo? La página [Buscar ayuda legal](page:help) tiene una lista de lugares donde empezar.</translation>
    </message>
    <message>
        <source>A mandamus or APA delay suit can at most lead to a **decision**, not an approval. The court can order the agency to act. It cannot tell the agency how to use its judgment. The decision could still be a denial.

Questions to ask a lawyer: Is the case strong on its merits? Could pushing for a decision now carry risks? The [Find legal help](page:help) page lists places to start.</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[11].detail</extracomment>
        <translation>Una demanda de mandamus o por demora bajo la APA puede, como máximo, llevar a una **decisión**, no a una aprobación. El tribunal puede ordenar a la agencia que actúe. No puede decirle cómo usar su criterio. La decisión todavía podría ser negativa.

Preguntas para un abogado: ¿El caso es sólido en el fondo? ¿Podría haber riesgos en exigir una decisión ahora? La página [Buscar ayuda legal](page:help) tiene una lista de lugares donde empezar.</translation>
    </message>
    <message>
        <source>Practice guides say that when USCIS has not decided an N-400 within 120 days after the interview, a special law lets a federal court decide the case or send it back to USCIS. Because another remedy may exist, mandamus may not be needed.

A suit can at most lead to a decision, not an approval. No result is guaranteed.

Questions to ask a lawyer: When was the interview? Which court would hear the case? The [Find legal help](page:help) page lists places to start.</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[12].detail</extracomment>
        <translation>Las guías para abogados describen un caso especial: USCIS (Servicio de Ciudadanía e Inmigración) no ha decidido una N-400 dentro de los 120 días después de la entrevista. Según estas guías, en ese caso una ley especial permite que un tribunal federal decida el caso o lo devuelva a USCIS. Como puede existir otro recurso, quizás no haga falta el mandamus.

Una demanda puede, como máximo, llevar a una decisión, no a una aprobación. Ningún resultado está garantizado.

Preguntas para un abogado: ¿Cuándo fue la entrevista? ¿Qué tribunal vería el caso? La página [Buscar ayuda legal](page:help) tiene una lista de lugares donde empezar.</translation>
    </message>
    <message>
        <source>Practice guides say courts judge delay against a rule of reason and any timetable Congress set. A wait that is normal for the case type may not count as unreasonable.

Courts are also split on whether one law bars claims about the speed of processing. A suit can at most lead to a decision, not an approval.

Questions to ask a lawyer: What are the normal times for this case type? Has anything changed in the file? The [Find legal help](page:help) page lists places to start.</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[13].detail</extracomment>
        <translation>Las guías para abogados dicen que los tribunales juzgan la demora según un criterio razonable y según cualquier plazo que haya fijado el Congreso. Una espera normal para ese tipo de caso quizás no cuente como irrazonable.

Además, los tribunales están divididos sobre si una ley impide los reclamos sobre la rapidez del trámite. Una demanda puede, como máximo, llevar a una decisión, no a una aprobación.

Preguntas para un abogado: ¿Cuáles son los tiempos normales para este tipo de caso? ¿Ha cambiado algo en el expediente? La página [Buscar ayuda legal](page:help) tiene una lista de lugares donde empezar.</translation>
    </message>
    <message>
        <source>Under the TRAC factors, as practice guides describe them, courts are less tolerant of delay when health or human welfare is at stake. Courts also weigh the agency&apos;s other priorities and the interests hurt by the delay.

Filing often leads the agency to act. But courts are split on some jurisdiction questions, and no result is guaranteed. A suit can at most lead to a decision, not an approval.

Questions to ask a lawyer: How do courts in this area weigh the TRAC factors? Is there another remedy? The [Find legal help](page:help) page lists places to start.</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[14].detail</extracomment>
        <translation>Según los factores TRAC, tal como los describen las guías para abogados, los tribunales toleran menos la demora cuando están en juego la salud o el bienestar de las personas. También toman en cuenta las otras prioridades de la agencia y los intereses perjudicados por la demora.

Presentar la demanda a menudo hace que la agencia actúe. Pero los tribunales están divididos en algunas cuestiones de jurisdicción, y ningún resultado está garantizado. Una demanda puede, como máximo, llevar a una decisión, no a una aprobación.

Preguntas para un abogado: ¿Cómo aplican los factores TRAC los tribunales de esta zona? ¿Hay otro recurso? La página [Buscar ayuda legal](page:help) tiene una lista de lugares donde empezar.</translation>
    </message>
    <message>
        <source>A wait far beyond normal may support a delay claim. As practice guides describe the TRAC factors, courts weigh them together, including the agency&apos;s other priorities. The court does not have to find bad intent.

Filing often leads the agency to act, but no result is guaranteed. Courts are split on some jurisdiction questions. A suit can at most lead to a decision, not an approval.

Questions to ask a lawyer: How strong is the delay claim here? What are the costs and risks of filing? The [Find legal help](page:help) page lists places to start.</source>
        <extracomment>flows/could-a-delay-suit-fit.json $.flows[0].nodes[15].detail</extracomment>
        <translation>Una espera mucho más larga de lo normal puede apoyar un reclamo por demora. Así describen las guías para abogados los factores TRAC: los tribunales los evalúan en conjunto, incluidas las otras prioridades de la agencia. El tribunal no tiene que encontrar mala intención.

Presentar la demanda a menudo hace que la agencia actúe, pero ningún resultado está garantizado. Los tribunales están divididos en algunas cuestiones de jurisdicción. Una demanda puede, como máximo, llevar a una decisión, no a una aprobación.

Preguntas para un abogado: ¿Qué tan sólido es aquí el reclamo por demora? ¿Cuáles son los costos y los riesgos de presentar la demanda? La página [Buscar ayuda legal](page:help) tiene una lista de lugares donde empezar.</translation>
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
        <translation>Qué puede pasar cuando una cárcel local recibe de ICE una [orden de retención migratoria](term:detainer) (un pedido de ICE, no una orden de un juez), según la ley estatal, los documentos, la fecha de salida y el límite de 48 horas. Solo información general.</translation>
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
        <translation>No dice nada / no sé</translation>
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
        <translation>Sí (pagó la fianza, ya cumplió su condena o le retiraron los cargos)</translation>
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
        <translation>Según la ley federal, una orden de retención es una solicitud. Donde la ley estatal no dice nada, la agencia local decide, dentro de lo que permite la ley federal. Si no sabe lo que dice la ley de su estado, un abogado puede revisarlo.</translation>
    </message>
    <message>
        <source>Not sure</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[4].answers[2].label</extracomment>
        <translation>No sé</translation>
    </message>
    <message>
        <source>Some courts: holding past release is a new seizure</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[6].text</extracomment>
        <translation>Algunos tribunales: retener a alguien que ya debía salir libre es una nueva detención</translation>
    </message>
    <message>
        <source>Some federal courts have said that keeping a person past release because of a detainer is a new [seizure](term:seizure). It needs [probable cause](term:probable-cause). Examples are *Miranda-Olivares* (2014) and *Gonzalez v. ICE* (2020).</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[6].detail</extracomment>
        <translation>Algunos tribunales federales han dicho que retener a una persona que ya debía salir libre, solo porque ICE envió una orden de retención, es una nueva [detención](term:seizure). Eso requiere [causa probable](term:probable-cause). Algunos ejemplos son *Miranda-Olivares* (2014) y *Gonzalez v. ICE* (2020).</translation>
    </message>
    <message>
        <source>Not sure if a signed warrant came with it</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[11].text</extracomment>
        <translation>No sabe si venía con una orden firmada</translation>
    </message>
    <message>
        <source>Federal rules allow up to 48 hours, not counting Saturdays, Sundays or holidays. ICE&apos;s own form asks for no more than 48 hours after the time the person would otherwise go free. Many states allow less, or no hold at all.</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[7].detail</extracomment>
        <translation>Las reglas federales permiten hasta 48 horas, sin contar sábados, domingos ni días feriados. El propio formulario de ICE pide no más de 48 horas después de la hora en que la persona saldría libre. Muchos estados permiten menos, o ninguna retención.</translation>
    </message>
    <message>
        <source>In *Lunn v. Commonwealth* (2017), Massachusetts&apos;s highest court said that holding someone on a civil immigration detainer is an arrest under state law. State law gives court officers no power to hold a person **only** on a federal civil detainer past the time they would be released.

The court left any change to the state legislature. The ruling is about the power state law gives. Officers who act under a federal 287(g) agreement get their power from federal law, so they may be treated differently. A lawyer or a DOJ-accredited representative can check how this applies to a real case. [Find legal help](page:help)</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[8].detail</extracomment>
        <translation>En *Lunn v. Commonwealth* (2017), el tribunal más alto de Massachusetts dijo que retener a alguien por una orden de retención migratoria civil es un arresto según la ley estatal. La ley estatal no da a los funcionarios de los tribunales poder para retener a una persona **solo** por una orden de retención federal civil, después del momento en que saldría libre.

El tribunal dejó cualquier cambio en manos de la legislatura del estado. El fallo trata del poder que da la ley estatal. Los agentes que actúan bajo un acuerdo federal 287(g) reciben su poder de la ley federal, así que podrían recibir otro trato. Un abogado o un representante acreditado por el Departamento de Justicia (DOJ) puede revisar cómo se aplica esto a un caso real. [Buscar ayuda legal](page:help)</translation>
    </message>
    <message>
        <source>In these states, state law limits how jails and police help with immigration enforcement. The details and exceptions differ from state to state.

An appeals court upheld California&apos;s law in 2019. In 2025, a federal trial court dismissed the U.S. government&apos;s suit against Illinois&apos;s laws. The government appealed, and our sources did not show the result, so this could change. The fingerprint check at booking still happens, because local agencies cannot opt out of it.

Only a lawyer who knows the state&apos;s law can say how it applies to a real case. [Find legal help](page:help)</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[9].detail</extracomment>
        <translation>En estos estados, la ley estatal limita cómo las cárceles y la policía ayudan en el control migratorio. Los detalles y las excepciones cambian de un estado a otro.

Un tribunal de apelaciones declaró válida la ley de California en 2019. En 2025, un tribunal federal de primera instancia desestimó la demanda del gobierno de EE. UU. contra las leyes de Illinois. El gobierno apeló, y nuestras fuentes no mostraron el resultado, así que esto podría cambiar. La revisión de huellas digitales al entrar a la cárcel sigue ocurriendo, porque las agencias locales no pueden salirse de ella.

Solo un abogado que conozca la ley del estado puede decir cómo se aplica a un caso real. [Buscar ayuda legal](page:help)</translation>
    </message>
    <message>
        <source>ICE policy says each detainer must come with a signed Form I-200 or I-205. A detainer without one does not follow that policy. This does not by itself mean the person will be released. What the jail does depends on state law and local policy.

Some federal courts have also said that holding someone past release on a detainer is a new seizure that needs probable cause. In *Miranda-Olivares* (2014), a detainer that only said an investigation had started was not enough. The county was responsible for its choice to hold the person.

This is general information. A lawyer can look at the actual papers. [Find legal help](page:help)</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[10].detail</extracomment>
        <translation>La política de ICE dice que cada orden de retención debe venir con un Formulario I-200 o I-205 firmado. Una orden de retención sin ese formulario no cumple esa política. Esto, por sí solo, no significa que la persona vaya a quedar libre. Lo que haga la cárcel depende de la ley estatal y de la política local.

Algunos tribunales federales también han dicho que retener a alguien que ya debía salir libre, solo por una orden de retención, es una nueva detención que requiere causa probable. En *Miranda-Olivares* (2014), no bastó una orden de retención que solo decía que se había iniciado una investigación. El condado fue responsable de su decisión de retener a la persona.

Esto es información general. Un abogado puede revisar los documentos reales. [Buscar ayuda legal](page:help)</translation>
    </message>
    <message>
        <source>Only the actual papers show whether a signed Form I-200 or I-205 came with the detainer. A lawyer can check them. ICE policy says each detainer must come with one.

What the jail does depends on state law and local policy. This is general information. [Find legal help](page:help)</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[11].detail</extracomment>
        <translation>Solo los documentos reales muestran si la orden de retención venía con un Formulario I-200 o I-205 firmado. Un abogado puede revisarlos. La política de ICE dice que cada orden de retención debe venir con uno de esos formularios.

Lo que haga la cárcel depende de la ley estatal y de la política local. Esto es información general. [Buscar ayuda legal](page:help)</translation>
    </message>
    <message>
        <source>A detainer does not by itself make a criminal sentence longer. It asks the jail to tell ICE before release. It also asks the jail to keep the person a short time once they would go free: no more than 48 hours, by ICE&apos;s own form. Many states allow less, or no hold at all.

In practice, a detainer can matter sooner. It can affect bail and the timing of release. In *Miranda-Olivares* (2014), the jail told the family that posting bail would not get her out, because it would hold her for ICE anyway. Some release programs may also treat a person with a detainer differently.

The criminal defense lawyer can explain how the detainer affects the criminal case. Under [Padilla v. Kentucky](source:padilla-2010), that lawyer must also tell a noncitizen client whether a guilty plea risks deportation. What the jail does depends on state law and local policy. [Find legal help](page:help)</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[12].detail</extracomment>
        <translation>Una orden de retención no hace, por sí sola, que una condena penal sea más larga. Le pide a la cárcel que avise a ICE antes de la salida. También le pide que retenga a la persona un poco más de tiempo cuando ya debería salir libre: no más de 48 horas, según el propio formulario de ICE. Muchos estados permiten menos, o ninguna retención.

En la práctica, una orden de retención puede importar antes. Puede afectar la fianza y el momento de la salida. En *Miranda-Olivares* (2014), la cárcel le dijo a la familia que pagar la fianza no la dejaría salir, porque igual la retendría para ICE. Algunos programas de salida anticipada también podrían tratar de otra forma a una persona con una orden de retención.

El abogado defensor del caso penal puede explicar cómo afecta la orden de retención a ese caso. Según [Padilla v. Kentucky](source:padilla-2010), ese abogado también debe decirle a un cliente que no es ciudadano si declararse culpable trae riesgo de deportación. Lo que haga la cárcel depende de la ley estatal y de la política local. [Buscar ayuda legal](page:help)</translation>
    </message>
    <message>
        <source>If ICE arrives in time, the person can be moved into ICE [custody](term:custody). An immigration case may then start or go on.

Many people can first ask an immigration judge for a [bond hearing](term:bond-hearing). That is a hearing on whether they can be let out while the case goes on ([8 C.F.R. §236.1(d)](source:cfr-236-1); [8 U.S.C. §1226(a)](source:usc-8-1226)). Since 2025, whether a person can get one depends on how they entered the country, on which court&apos;s rulings apply where they are held, and on any criminal charges.

Courts disagree. In 2025, the immigration appeals board said people who entered without inspection get no bond hearing ([Matter of Yajure Hurtado](source:yajure-hurtado-2025)). Law firms report that a federal court in California ruled the other way for a nationwide group and, in February 2026, set that decision aside ([Maldonado Bautista](source:maldonado-bautista-2025)). They also report that the Fifth Circuit sided with the government in February 2026 ([Buenrostro-Mendez](source:buenrostro-mendez-2026)). Check the current status. The flow [Can they get a bond hearing?](page:flow/can-they-get-a-bond-hearing) goes through the questions.

[Habeas corpus](term:habeas-corpus) in federal court is the tool when the detention itself is unlawful, or when no bond hearing is given. It is filed in the district where the person is held. A person may seek it, usually with a lawyer&apos;s help.

There is no free, government-paid lawyer in immigration court ([8 U.S.C. §1362](source:usc-8-1362)). [Find legal help](page:help)</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[13].detail</extracomment>
        <translation>Si ICE llega a tiempo, la persona puede pasar a la [custodia](term:custody) de ICE. Después puede comenzar o continuar un caso de inmigración.

Muchas personas pueden pedir primero a un juez de inmigración una [audiencia de fianza](term:bond-hearing). En esa audiencia se decide si la persona puede salir mientras sigue el caso ([8 C.F.R. §236.1(d)](source:cfr-236-1); [8 U.S.C. §1226(a)](source:usc-8-1226)). Desde 2025, que una persona pueda tener esa audiencia depende de cómo entró al país, de qué fallos se aplican donde está detenida y de si tiene cargos penales.

Los tribunales no están de acuerdo. En 2025, la Junta de Apelaciones de Inmigración dijo que las personas que entraron sin inspección no tienen audiencia de fianza ([Matter of Yajure Hurtado](source:yajure-hurtado-2025)). Según bufetes de abogados, un tribunal federal de California decidió lo contrario para un grupo de todo el país y, en febrero de 2026, anuló esa decisión ([Maldonado Bautista](source:maldonado-bautista-2025)). También informan que el Quinto Circuito le dio la razón al gobierno en febrero de 2026 ([Buenrostro-Mendez](source:buenrostro-mendez-2026)). Revise la situación actual. El diagrama [¿Puede tener una audiencia de fianza?](page:flow/can-they-get-a-bond-hearing) repasa las preguntas.

El [hábeas corpus](term:habeas-corpus) ante un tribunal federal es la vía cuando la detención misma es ilegal, o cuando no se da una audiencia de fianza. Se presenta en el distrito donde la persona está detenida. Una persona puede pedirlo, por lo general con la ayuda de un abogado.

No hay un abogado gratis pagado por el gobierno en los tribunales de inmigración ([8 U.S.C. §1362](source:usc-8-1362)). [Buscar ayuda legal](page:help)</translation>
    </message>
    <message>
        <source>Federal rules allow a hold of up to 48 hours, not counting Saturdays, Sundays and holidays. ICE&apos;s own form asks for less: no more than 48 hours after the time the person would otherwise go free. Many state laws and local policies allow a shorter hold, or none at all. No rule allows a longer hold.

If ICE has not taken custody by then, the detainer&apos;s request has run out. Keeping the person longer can be a new seizure that the law does not allow. Some federal courts have said a county that chooses to hold someone can be responsible for that choice.

A lawyer can look at what happened. [Find legal help](page:help)</source>
        <extracomment>flows/detainer-at-the-jail.json $.flows[0].nodes[14].detail</extracomment>
        <translation>Las reglas federales permiten una retención de hasta 48 horas, sin contar sábados, domingos ni días feriados. El propio formulario de ICE pide menos: no más de 48 horas después de la hora en que la persona saldría libre. Muchas leyes estatales y políticas locales permiten una retención más corta, o ninguna. Ninguna regla permite una retención más larga.

Si ICE no ha tomado la custodia para entonces, lo que pide la orden de retención ya venció. Retener a la persona por más tiempo puede ser una nueva detención que la ley no permite. Algunos tribunales federales han dicho que un condado que decide retener a alguien puede ser responsable de esa decisión.

Un abogado puede revisar lo que pasó. [Buscar ayuda legal](page:help)</translation>
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
        <translation>Da órdenes a funcionarios estatales o locales</translation>
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
        <translation>Sí / no sé</translation>
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
        <translation>Limita cuánto ayudan sus propios funcionarios a ICE</translation>
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
        <source>Coercion under the Spending Clause</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[8].text</extracomment>
        <translation>Coacción según la Cláusula de Gasto</translation>
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
        <source>Congress must state its conditions clearly. They must be tied to the program&apos;s purpose and must not [coerce](term:coercion).</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[3].detail</extracomment>
        <translation>El Congreso debe poner sus condiciones con claridad. Deben estar ligadas al propósito del programa y no deben [coaccionar](term:coercion).</translation>
    </message>
    <message>
        <source>Congress cannot order states or state officers to carry out a federal program. This is the [anti-commandeering](term:anti-commandeering) rule. *Printz* (1997) applied it to sheriffs, and *Murphy* (2018) applied it to laws that forbid states to act.

In 2025, two federal trial courts dismissed U.S. lawsuits against Illinois and New York laws. The Tenth Amendment was one reason. The government appealed in Illinois, so these results could change. Whether a given action breaks the rule is for a court to decide.

A lawyer can check how these rules apply to a real situation: see [Find legal help](page:help).</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[6].detail</extracomment>
        <translation>El Congreso no puede ordenar a los estados ni a sus funcionarios que lleven a cabo un programa federal. Esta es la regla [contra la requisición (anti-commandeering)](term:anti-commandeering). *Printz* (1997) la aplicó a los alguaciles (sheriffs), y *Murphy* (2018) la aplicó a leyes que prohíben actuar a los estados.

En 2025, dos tribunales federales de primera instancia desestimaron demandas del gobierno de EE. UU. contra leyes de Illinois y Nueva York. Una de las razones fue la Décima Enmienda. El gobierno apeló en el caso de Illinois, así que estos resultados podrían cambiar. Un tribunal decide si una acción concreta viola la regla.

Un abogado puede revisar cómo se aplican estas reglas a una situación real: vea [Buscar ayuda legal](page:help).</translation>
    </message>
    <message>
        <source>An agency has only the powers Congress gives it. In the [Byrne JAG](term:byrne-jag) cases, several appeals courts said the Justice Department had no power from Congress to add immigration conditions. In 2018, an appeals court said an executive order&apos;s funding part broke the rule that only Congress controls spending.

Not every court agreed. In 2020, one appeals court upheld the Byrne JAG conditions. A court decides each case.

A lawyer can check how these rules apply to a real situation: see [Find legal help](page:help).</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[7].detail</extracomment>
        <translation>Una agencia solo tiene los poderes que le da el Congreso. En los casos de [Byrne JAG](term:byrne-jag), varios tribunales de apelaciones dijeron que el Congreso no le dio al Departamento de Justicia poder para agregar condiciones migratorias. En 2018, un tribunal de apelaciones dijo que la parte de una orden ejecutiva sobre fondos violaba la regla de que solo el Congreso controla el gasto.

No todos los tribunales estuvieron de acuerdo. En 2020, un tribunal de apelaciones declaró válidas las condiciones de Byrne JAG. Un tribunal decide cada caso.

Un abogado puede revisar cómo se aplican estas reglas a una situación real: vea [Buscar ayuda legal](page:help).</translation>
    </message>
    <message>
        <source>Conditions Congress sets must not be coercive. In *NFIB v. Sebelius* (2012), the Supreme Court held that threatening to take away all of a state&apos;s Medicaid money was too coercive. It applied the limits from *South Dakota v. Dole* (1987).

Whether a threat crosses that line depends on the facts. A court decides.

A lawyer can check how these rules apply to a real situation: see [Find legal help](page:help).</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[8].detail</extracomment>
        <translation>Las condiciones que fija el Congreso no pueden ser coercitivas. En *NFIB v. Sebelius* (2012), la Corte Suprema decidió que amenazar con quitarle a un estado todo su dinero de Medicaid era demasiado coercitivo. Aplicó los límites de *South Dakota v. Dole* (1987).

Si una amenaza cruza ese límite depende de los hechos. Lo decide un tribunal.

Un abogado puede revisar cómo se aplican estas reglas a una situación real: vea [Buscar ayuda legal](page:help).</translation>
    </message>
    <message>
        <source>Conditions Congress sets: clear, related, not coercive</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[9].text</extracomment>
        <translation>Condiciones que fija el Congreso: claras, relacionadas y sin coacción</translation>
    </message>
    <message>
        <source>The Supreme Court has said Congress must state its conditions clearly, so states know what they accept. The conditions must also be tied to the program&apos;s purpose, and they cannot coerce (*South Dakota v. Dole*, 1987). A condition that passes these tests is on firmer ground. A court decides each case.

A lawyer can check how these rules apply to a real situation: see [Find legal help](page:help).</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[9].detail</extracomment>
        <translation>La Corte Suprema ha dicho que el Congreso debe poner sus condiciones con claridad, para que los estados sepan qué aceptan. Además, las condiciones deben estar ligadas al propósito del programa y no pueden ser una forma de coacción (*South Dakota v. Dole*, 1987). Una condición que cumple estos requisitos tiene una base más firme. Un tribunal decide cada caso.

Un abogado puede revisar cómo se aplican estas reglas a una situación real: vea [Buscar ayuda legal](page:help).</translation>
    </message>
    <message>
        <source>Some federal courts have said that holding a person past release on a detainer is a new [seizure](term:seizure) that needs [probable cause](term:probable-cause). In *Miranda-Olivares* (2014), a detainer that only said an investigation had started was not enough.

A county that chooses to hold someone can be responsible for that choice. A court decides whether a given hold was lawful.

A lawyer can review what happened in a real case: see [Find legal help](page:help).</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[10].detail</extracomment>
        <translation>Algunos tribunales federales han dicho que retener a una persona que ya debía salir libre, solo porque ICE envió una orden de retención, es una nueva [detención](term:seizure) que requiere [causa probable](term:probable-cause). En *Miranda-Olivares* (2014), no bastó una orden de retención que solo decía que se había iniciado una investigación.

Un condado que decide retener a alguien puede ser responsable de esa decisión. Un tribunal decide si una retención concreta fue legal.

Un abogado puede revisar lo que pasó en un caso real: vea [Buscar ayuda legal](page:help).</translation>
    </message>
    <message>
        <source>Even with probable cause, courts look at how it is decided. In 2020, the Ninth Circuit said a person held on a detainer needs a prompt probable-cause decision by a neutral judge. Its rulings bind federal courts in western states. In 2019, a trial court found detainers based only on database checks unlawful, though the appeals court later set that part aside.

What happened after the case was sent back was not confirmed in our sources. A court decides each case.

A lawyer can review what happened in a real case: see [Find legal help](page:help).</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[11].detail</extracomment>
        <translation>Incluso con causa probable, los tribunales miran cómo se decide. En 2020, el Noveno Circuito dijo que una persona retenida por una orden de retención necesita que un juez neutral decida pronto si hay causa probable. Sus fallos obligan a los tribunales federales de los estados del oeste. En 2019, un tribunal de primera instancia declaró ilegales las órdenes de retención basadas solo en búsquedas en bases de datos. Pero después el tribunal de apelaciones dejó sin efecto esa parte.

En nuestras fuentes no se confirmó qué pasó después de que el caso volvió al tribunal inferior. Un tribunal decide cada caso.

Un abogado puede revisar lo que pasó en un caso real: vea [Buscar ayuda legal](page:help).</translation>
    </message>
    <message>
        <source>In *Payton v. New York* (1980), the Supreme Court held that, as a rule, police may not go into a home to arrest someone without a warrant from a judge. There are two exceptions: someone agrees to let them in, or there is a real emergency, like chasing a fleeing suspect (hot pursuit). A judge&apos;s arrest warrant lets police go into the home where the named person lives, if they have reason to believe the person is there. Going into another person&apos;s home to find them usually takes a search warrant ([Steagald](source:steagald-1981), 1981). Longstanding guidance says an [administrative warrant](term:administrative-warrant) alone does not allow entry without consent.

A 2025 ICE memo, reported in January 2026, says a Form I-205 alone can support forced entry into the home of a person with a final removal order. Law professors said it conflicts with *Payton*. In January 2026, news reports say, a federal judge in Minnesota found that one such forced entry broke the Fourth Amendment. The judge did not rule on the memo itself. The memo&apos;s legality is contested.

A lawyer can review what happened in a real case: see [Find legal help](page:help).</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[12].detail</extracomment>
        <translation>En *Payton v. New York* (1980), la Corte Suprema decidió que, por regla general, la policía no puede entrar a una casa para arrestar a alguien sin una orden de un juez. Hay dos excepciones: que alguien la deje entrar, o que haya una emergencia real, como perseguir a alguien que huye (persecución inmediata o &quot;hot pursuit&quot;). Una orden de arresto de un juez permite entrar a la casa donde vive la persona nombrada, si hay razones para creer que está allí. Para entrar a la casa de otra persona a buscarla, por lo general hace falta una orden de registro ([Steagald](source:steagald-1981), 1981). Desde hace años, las guías dicen que una [orden administrativa](term:administrative-warrant), por sí sola, no permite entrar sin consentimiento.

Un memorando de ICE de 2025, que se dio a conocer en enero de 2026, dice que un Formulario I-205 por sí solo puede justificar una entrada por la fuerza a la casa de una persona con una orden final de deportación. Profesores de derecho dijeron que contradice *Payton*. Según informes de prensa, en enero de 2026 un juez federal de Minnesota concluyó que una de esas entradas por la fuerza violó la Cuarta Enmienda. El juez no decidió sobre el memorando en sí. La legalidad del memorando está en disputa.

Un abogado puede revisar lo que pasó en un caso real: vea [Buscar ayuda legal](page:help).</translation>
    </message>
    <message>
        <source>Here the question runs the other way: is the state intruding on federal immigration power? Federal law can [preempt](term:preemption) state law.

In *Arizona v. United States* (2012), the Supreme Court blocked three parts of Arizona&apos;s SB 1070. Courts also blocked newer Texas (2023) and Florida (2025) laws that made illegal entry a state crime. Florida&apos;s law stayed blocked in our sources. Texas&apos;s did not: as reported, from May 29, 2026 a three-judge Fifth Circuit panel let Texas enforce key parts while a newer lawsuit goes on. The 2026 rulings did not decide whether the Texas law is constitutional.

These cases can change quickly. A lawyer can check the current status and what it means for a real case: see [Find legal help](page:help).</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[13].detail</extracomment>
        <translation>Aquí la pregunta va en sentido contrario: ¿el estado está invadiendo el poder federal sobre inmigración? La ley federal puede [prevalecer sobre](term:preemption) la ley estatal y desplazarla.

En *Arizona v. United States* (2012), la Corte Suprema bloqueó tres partes de la ley SB 1070 de Arizona. Los tribunales también bloquearon leyes más nuevas de Texas (2023) y de Florida (2025) que convertían la entrada ilegal en un delito estatal. La ley de Florida siguió bloqueada en nuestras fuentes. La de Texas, no: según informes, desde el 29 de mayo de 2026 un panel de tres jueces del Quinto Circuito permitió que Texas aplicara partes clave mientras sigue una demanda más reciente. Los fallos de 2026 no decidieron si la ley de Texas es constitucional.

Estos casos pueden cambiar rápido. Un abogado puede revisar cómo están ahora y qué significan para un caso real: vea [Buscar ayuda legal](page:help).</translation>
    </message>
    <message>
        <source>Courts have held that a state may limit how its own officers help with federal immigration enforcement. In 2019, an appeals court upheld California SB 54. The courts said refusing to help is not the same as getting in the way.

In 2025, two federal trial courts dismissed U.S. lawsuits against Illinois and New York laws. The Tenth Amendment was one reason. The government appealed in Illinois, so these results could change.

A lawyer can check how these rules apply to a real situation: see [Find legal help](page:help).</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[14].detail</extracomment>
        <translation>Los tribunales han decidido que un estado puede limitar cómo sus propios funcionarios ayudan en el control migratorio federal. En 2019, un tribunal de apelaciones declaró válida la ley SB 54 de California. Los tribunales dijeron que negarse a ayudar no es lo mismo que poner obstáculos.

En 2025, dos tribunales federales de primera instancia desestimaron demandas del gobierno de EE. UU. contra leyes de Illinois y Nueva York. Una de las razones fue la Décima Enmienda. El gobierno apeló en el caso de Illinois, así que estos resultados podrían cambiar.

Un abogado puede revisar cómo se aplican estas reglas a una situación real: vea [Buscar ayuda legal](page:help).</translation>
    </message>
    <message>
        <source>The anti-commandeering rule limits the federal government, not states. In *El Cenizo* (2018), an appeals court upheld most of Texas SB 4 (2017), which requires local jails to honor detainers. It said there was no commandeering, because Texas was directing its own cities and counties.

The court also found the detainer rule was not unconstitutional on its face. Specific cases can still raise Fourth Amendment questions. A court decides.

A lawyer can check how these rules apply to a real situation: see [Find legal help](page:help).</source>
        <extracomment>flows/is-it-overreach.json $.flows[0].nodes[15].detail</extracomment>
        <translation>La regla contra la requisición (anti-commandeering) limita al gobierno federal, no a los estados. En *El Cenizo* (2018), un tribunal de apelaciones declaró válida la mayor parte de la ley SB 4 de Texas (2017), que obliga a las cárceles locales a cumplir las órdenes de retención. Dijo que no había requisición, porque Texas estaba dando órdenes a sus propias ciudades y condados.

El tribunal también decidió que la regla sobre órdenes de retención no era inconstitucional en sí misma. Los casos concretos todavía pueden plantear preguntas sobre la Cuarta Enmienda. Lo decide un tribunal.

Un abogado puede revisar cómo se aplican estas reglas a una situación real: vea [Buscar ayuda legal](page:help).</translation>
    </message>
</context>
<context>
    <name>content/flow/officers-at-the-door</name>
    <message>
        <source>Officers at the door: what kind of warrant?</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].title</extracomment>
        <translation>Agentes en la puerta: ¿qué tipo de orden traen?</translation>
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
        <translation>No sé</translation>
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
        <translation>Alguien ya dejó entrar a los agentes</translation>
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
        <translation>No sabe quién la firmó</translation>
    </message>
    <message>
        <source>Officers knock at the door.</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[0].text</extracomment>
        <translation>Los agentes tocan la puerta.</translation>
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
        <source>You have not seen the warrant</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[8].text</extracomment>
        <translation>Usted no ha visto la orden</translation>
    </message>
    <message>
        <source>Widely published know-your-rights information about warrants, consent, and the right to remain silent and its limits. It is general information, not advice for a specific case.</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].summary</extracomment>
        <translation>Información muy difundida de &quot;conozca sus derechos&quot; sobre las órdenes, el consentimiento, y el derecho a guardar silencio y sus límites. Es información general, no un consejo para un caso concreto.</translation>
    </message>
    <message>
        <source>Know-your-rights groups such as the ILRC say you can ask officers to slide the warrant under the door or hold it up to a window. That way the door can stay closed.</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[3].detail</extracomment>
        <translation>Los grupos de &quot;conozca sus derechos&quot;, como el ILRC, dicen que puede pedir a los agentes que pasen la orden por debajo de la puerta o que la muestren por una ventana. Así la puerta puede quedar cerrada.</translation>
    </message>
    <message>
        <source>A judge&apos;s warrant comes from a court. The ILRC card describes one signed by a judge or magistrate, with the person&apos;s name on it. Forms I-200 and I-205 have a DHS heading and are signed by an immigration officer.</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[4].detail</extracomment>
        <translation>Una orden firmada por un juez viene de un tribunal. La tarjeta del ILRC describe una orden firmada por un juez o un magistrado, en la que figura el nombre de la persona. Los Formularios I-200 y I-205 llevan un encabezado del DHS y los firma un oficial de inmigración.</translation>
    </message>
    <message>
        <source>Know-your-rights cards from legal groups say not to open the door to immigration agents unless they have a [judicial warrant](term:judicial-warrant) signed by a judge. Without a warrant, officers generally need [consent](term:consent) or a true emergency to enter a home.

Know-your-rights groups such as the ILRC and the ACLU also say:

- You have the [right to remain silent](term:right-to-remain-silent). Do not lie, and do not show false papers.
- Do not sign anything without talking to a lawyer.
- If officers come in anyway, do not resist. Say that you do not agree to the entry or to a search. Later, write down what happened.

Some duties still apply. Noncitizens aged 18 or older must carry the proof of registration they were given. In some states, a person whom police lawfully stop must give their name.

A lawyer or accredited representative can check what applies to you. See [Find legal help](page:help).</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[6].detail</extracomment>
        <translation>Las tarjetas de &quot;conozca sus derechos&quot; de grupos legales dicen que no abra la puerta a agentes de inmigración, a menos que tengan una [orden judicial](term:judicial-warrant) firmada por un juez. Sin una orden, los agentes por lo general necesitan [consentimiento](term:consent) o una emergencia real para entrar a una casa.

Los grupos de &quot;conozca sus derechos&quot;, como el ILRC y la ACLU, también dicen:

- Usted tiene [derecho a guardar silencio](term:right-to-remain-silent). No mienta ni muestre papeles falsos.
- No firme nada sin antes hablar con un abogado.
- Si los agentes entran de todos modos, no se resista. Diga que no está de acuerdo con la entrada ni con un registro. Después, escriba lo que pasó.

Algunas obligaciones siguen vigentes. Las personas no ciudadanas de 18 años o más deben llevar consigo el comprobante de registro que recibieron. En algunos estados, una persona a quien la policía detiene legalmente debe dar su nombre.

Un abogado o un representante acreditado puede revisar qué se aplica en su caso. Vea [Buscar ayuda legal](page:help).</translation>
    </message>
    <message>
        <source>Longstanding guidance says an administrative warrant alone does not allow entry into a home without [consent](term:consent). If someone agreed to let officers in, that consent may matter later. A lawyer or accredited representative can review what happened.

Know-your-rights groups such as the ILRC and the ACLU also say:

- You have the [right to remain silent](term:right-to-remain-silent). Do not lie, and do not show false papers.
- Do not sign anything without talking to a lawyer.
- Do not resist officers who are inside. Say that you do not agree to a search. Later, write down what happened.

Some duties still apply. Noncitizens aged 18 or older must carry the proof of registration they were given. In some states, a person whom police lawfully stop must give their name.

A lawyer or accredited representative can check what applies to you. See [Find legal help](page:help).</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[7].detail</extracomment>
        <translation>Desde hace años, las guías dicen que una orden administrativa, por sí sola, no permite entrar a una casa sin [consentimiento](term:consent). Si alguien aceptó dejar entrar a los agentes, ese consentimiento puede importar más adelante. Un abogado o un representante acreditado puede revisar lo que pasó.

Los grupos de &quot;conozca sus derechos&quot;, como el ILRC y la ACLU, también dicen:

- Usted tiene [derecho a guardar silencio](term:right-to-remain-silent). No mienta ni muestre papeles falsos.
- No firme nada sin antes hablar con un abogado.
- No se resista a los agentes que ya están adentro. Diga que no está de acuerdo con un registro. Después, escriba lo que pasó.

Algunas obligaciones siguen vigentes. Las personas no ciudadanas de 18 años o más deben llevar consigo el comprobante de registro que recibieron. En algunos estados, una persona a quien la policía detiene legalmente debe dar su nombre.

Un abogado o un representante acreditado puede revisar qué se aplica en su caso. Vea [Buscar ayuda legal](page:help).</translation>
    </message>
    <message>
        <source>Know-your-rights cards from legal groups say not to open the door to immigration agents unless they have a warrant signed by a judge. Groups such as the ILRC say you can ask officers to slide the warrant under the door or hold it up to a window, so the door can stay closed.

Know-your-rights groups such as the ILRC and the ACLU also say:

- You have the [right to remain silent](term:right-to-remain-silent). Do not lie, and do not show false papers.
- Do not sign anything without talking to a lawyer.
- If officers come in anyway, do not resist. Say that you do not agree to the entry or to a search. Later, write down what happened.

Some duties still apply. Noncitizens aged 18 or older must carry the proof of registration they were given. In some states, a person whom police lawfully stop must give their name.

A lawyer or accredited representative can check what applies to you. See [Find legal help](page:help).</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[8].detail</extracomment>
        <translation>Las tarjetas de &quot;conozca sus derechos&quot; de grupos legales dicen que no abra la puerta a agentes de inmigración, a menos que tengan una orden firmada por un juez. Grupos como el ILRC dicen que puede pedir a los agentes que pasen la orden por debajo de la puerta o que la muestren por una ventana, para que la puerta quede cerrada.

Los grupos de &quot;conozca sus derechos&quot;, como el ILRC y la ACLU, también dicen:

- Usted tiene [derecho a guardar silencio](term:right-to-remain-silent). No mienta ni muestre papeles falsos.
- No firme nada sin antes hablar con un abogado.
- Si los agentes entran de todos modos, no se resista. Diga que no está de acuerdo con la entrada ni con un registro. Después, escriba lo que pasó.

Algunas obligaciones siguen vigentes. Las personas no ciudadanas de 18 años o más deben llevar consigo el comprobante de registro que recibieron. En algunos estados, una persona a quien la policía detiene legalmente debe dar su nombre.

Un abogado o un representante acreditado puede revisar qué se aplica en su caso. Vea [Buscar ayuda legal](page:help).</translation>
    </message>
    <message>
        <source>A [judicial warrant](term:judicial-warrant) is issued by a court and signed by a judge or magistrate. Know-your-rights materials treat it as the kind of warrant that can give officers authority to enter. What it allows depends on what it says:

- An arrest warrant lets officers enter the home of the person it names, if they have reason to believe that person is inside (*Payton v. New York*, 1980).
- To enter someone else&apos;s home to look for that person, police generally need a [search warrant](term:search-warrant), unless someone agrees or there is a true emergency (*Steagald v. United States*, 1981).
- The ACLU says a search warrant lets officers search only the address, the areas and the items it lists.

Know-your-rights groups such as the ILRC and the ACLU also say:

- You have the [right to remain silent](term:right-to-remain-silent). Do not lie, and do not show false papers.
- Do not sign anything without talking to a lawyer.
- Do not resist officers who are inside. Say that you do not agree to a search. Later, write down what happened.

Some duties still apply. Noncitizens aged 18 or older must carry the proof of registration they were given. In some states, a person whom police lawfully stop must give their name.

A lawyer or accredited representative can check what applies to you. See [Find legal help](page:help).</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[9].detail</extracomment>
        <translation>Una [orden judicial](term:judicial-warrant) viene de un tribunal y la firma un juez o un magistrado. Los materiales de &quot;conozca sus derechos&quot; la tratan como el tipo de orden que puede dar a los agentes autoridad para entrar. Lo que permite depende de lo que dice:

- Una orden de arresto permite a los agentes entrar a la casa de la persona que nombra, si tienen razones para creer que esa persona está adentro (*Payton v. New York*, 1980).
- Para entrar a la casa de otra persona a buscarla, la policía por lo general necesita una [orden de registro](term:search-warrant), salvo que alguien acepte o haya una emergencia real (*Steagald v. United States*, 1981).
- La ACLU dice que una orden de registro solo permite registrar la dirección, las áreas y las cosas que menciona.

Los grupos de &quot;conozca sus derechos&quot;, como el ILRC y la ACLU, también dicen:

- Usted tiene [derecho a guardar silencio](term:right-to-remain-silent). No mienta ni muestre papeles falsos.
- No firme nada sin antes hablar con un abogado.
- No se resista a los agentes que ya están adentro. Diga que no está de acuerdo con un registro. Después, escriba lo que pasó.

Algunas obligaciones siguen vigentes. Las personas no ciudadanas de 18 años o más deben llevar consigo el comprobante de registro que recibieron. En algunos estados, una persona a quien la policía detiene legalmente debe dar su nombre.

Un abogado o un representante acreditado puede revisar qué se aplica en su caso. Vea [Buscar ayuda legal](page:help).</translation>
    </message>
    <message>
        <source>Form I-205 is an administrative removal warrant signed by an immigration officer, not a judge. Longstanding guidance says an administrative warrant alone does not allow entry into a home without consent.

A 2025 ICE memo, reported in January 2026, says an I-205 alone can support forced entry into the home of a person with a final removal order. Officers are told to knock and announce themselves, and to enter generally only between 6 a.m. and 10 p.m. Law professors said it conflicts with *Payton v. New York* (1980). That case requires a judge&apos;s warrant to enter a home for an arrest, unless there is consent or a true emergency.

News reports say a federal judge in Minnesota ruled in mid-January 2026 that one such forced entry violated the Fourth Amendment. He did not rule on the memo itself. Lawsuits over the memo were filed in 2026. Check the current status.

Know-your-rights groups such as the ILRC and the ACLU also say:

- You have the [right to remain silent](term:right-to-remain-silent). Do not lie, and do not show false papers.
- Do not sign anything without talking to a lawyer.
- If officers come in anyway, do not resist. Say that you do not agree to the entry or to a search. Later, write down what happened.

Some duties still apply. Noncitizens aged 18 or older must carry the proof of registration they were given. In some states, a person whom police lawfully stop must give their name.

A lawyer or accredited representative can check what applies to you. See [Find legal help](page:help).</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[10].detail</extracomment>
        <translation>El Formulario I-205 es una orden administrativa de deportación firmada por un oficial de inmigración, no por un juez. Desde hace años, las guías dicen que una orden administrativa, por sí sola, no permite entrar a una casa sin consentimiento.

Un memorando de ICE de 2025, dado a conocer en enero de 2026, dice que un I-205 por sí solo puede justificar la entrada por la fuerza a la casa de una persona con una orden final de deportación. Les indica a los agentes que toquen a la puerta y digan quiénes son, y que, por lo general, entren solo entre las 6 a. m. y las 10 p. m. Unos profesores de derecho dijeron que choca con *Payton v. New York* (1980). Ese caso exige una orden firmada por un juez para entrar a una casa a hacer un arresto, salvo que haya consentimiento o una emergencia real.

Según las noticias, un juez federal de Minnesota decidió a mediados de enero de 2026 que una de esas entradas por la fuerza violó la Cuarta Enmienda. El juez no decidió sobre el memorando en sí. En 2026 se presentaron demandas contra el memorando. Revise cómo está el caso hoy.

Los grupos de &quot;conozca sus derechos&quot;, como el ILRC y la ACLU, también dicen:

- Usted tiene [derecho a guardar silencio](term:right-to-remain-silent). No mienta ni muestre papeles falsos.
- No firme nada sin antes hablar con un abogado.
- Si los agentes entran de todos modos, no se resista. Diga que no está de acuerdo con la entrada ni con un registro. Después, escriba lo que pasó.

Algunas obligaciones siguen vigentes. Las personas no ciudadanas de 18 años o más deben llevar consigo el comprobante de registro que recibieron. En algunos estados, una persona a quien la policía detiene legalmente debe dar su nombre.

Un abogado o un representante acreditado puede revisar qué se aplica en su caso. Vea [Buscar ayuda legal](page:help).</translation>
    </message>
    <message>
        <source>Form I-200 and similar DHS forms are [administrative warrants](term:administrative-warrant). An immigration officer signs them, not a judge. Longstanding guidance says such a warrant alone does not allow entry into a home without [consent](term:consent).

Know-your-rights cards from legal groups say not to open the door to immigration agents unless they have a warrant signed by a judge.

Know-your-rights groups such as the ILRC and the ACLU also say:

- You have the [right to remain silent](term:right-to-remain-silent). Do not lie, and do not show false papers.
- Do not sign anything without talking to a lawyer.
- If officers come in anyway, do not resist. Say that you do not agree to the entry or to a search. Later, write down what happened.

Some duties still apply. Noncitizens aged 18 or older must carry the proof of registration they were given. In some states, a person whom police lawfully stop must give their name.

A lawyer or accredited representative can check what applies to you. See [Find legal help](page:help).</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[11].detail</extracomment>
        <translation>El Formulario I-200 y otros formularios parecidos del DHS son un tipo de [orden administrativa](term:administrative-warrant). Los firma un oficial de inmigración, no un juez. Desde hace años, las guías dicen que una orden así, por sí sola, no permite entrar a una casa sin [consentimiento](term:consent).

Las tarjetas de &quot;conozca sus derechos&quot; de grupos legales dicen que no abra la puerta a agentes de inmigración, a menos que tengan una orden firmada por un juez.

Los grupos de &quot;conozca sus derechos&quot;, como el ILRC y la ACLU, también dicen:

- Usted tiene [derecho a guardar silencio](term:right-to-remain-silent). No mienta ni muestre papeles falsos.
- No firme nada sin antes hablar con un abogado.
- Si los agentes entran de todos modos, no se resista. Diga que no está de acuerdo con la entrada ni con un registro. Después, escriba lo que pasó.

Algunas obligaciones siguen vigentes. Las personas no ciudadanas de 18 años o más deben llevar consigo el comprobante de registro que recibieron. En algunos estados, una persona a quien la policía detiene legalmente debe dar su nombre.

Un abogado o un representante acreditado puede revisar qué se aplica en su caso. Vea [Buscar ayuda legal](page:help).</translation>
    </message>
    <message>
        <source>Look at the signature and the heading. A judicial warrant comes from a court and is signed by a judge or magistrate. Forms I-200 and I-205 carry a DHS heading and are signed by an immigration officer.

If it is Form I-205, a 2025 ICE memo says it alone can allow forced entry into the home of a person with a final removal order. Whether that is legal is disputed.

If you cannot tell, know-your-rights cards from legal groups say not to open the door to immigration agents unless they have a warrant signed by a judge.

Know-your-rights groups such as the ILRC and the ACLU also say:

- You have the [right to remain silent](term:right-to-remain-silent). Do not lie, and do not show false papers.
- Do not sign anything without talking to a lawyer.
- If officers come in anyway, do not resist. Say that you do not agree to the entry or to a search. Later, write down what happened.

Some duties still apply. Noncitizens aged 18 or older must carry the proof of registration they were given. In some states, a person whom police lawfully stop must give their name.

A lawyer or accredited representative can check what applies to you. See [Find legal help](page:help).</source>
        <extracomment>flows/officers-at-the-door.json $.flows[0].nodes[12].detail</extracomment>
        <translation>Mire la firma y el encabezado. Una orden judicial viene de un tribunal y la firma un juez o un magistrado. Los Formularios I-200 y I-205 llevan un encabezado del DHS y los firma un oficial de inmigración.

Si es un Formulario I-205, un memorando de ICE de 2025 dice que, por sí solo, puede permitir la entrada por la fuerza a la casa de una persona con una orden final de deportación. Se discute si eso es legal.

Si no puede saberlo, las tarjetas de &quot;conozca sus derechos&quot; de grupos legales dicen que no abra la puerta a agentes de inmigración, a menos que tengan una orden firmada por un juez.

Los grupos de &quot;conozca sus derechos&quot;, como el ILRC y la ACLU, también dicen:

- Usted tiene [derecho a guardar silencio](term:right-to-remain-silent). No mienta ni muestre papeles falsos.
- No firme nada sin antes hablar con un abogado.
- Si los agentes entran de todos modos, no se resista. Diga que no está de acuerdo con la entrada ni con un registro. Después, escriba lo que pasó.

Algunas obligaciones siguen vigentes. Las personas no ciudadanas de 18 años o más deben llevar consigo el comprobante de registro que recibieron. En algunos estados, una persona a quien la policía detiene legalmente debe dar su nombre.

Un abogado o un representante acreditado puede revisar qué se aplica en su caso. Vea [Buscar ayuda legal](page:help).</translation>
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
        <translation>Un acuerdo escrito entre ICE y una agencia estatal o local. Los agentes locales capacitados pueden hacer algunas tareas de los oficiales de inmigración, bajo la supervisión de ICE, por un tiempo fijo. Su nombre viene de la sección 287(g) de la ley de inmigración.</translation>
    </message>
    <message>
        <source>Jail Enforcement Model (JEM)</source>
        <extracomment>glossary.json $.terms[4].term</extracomment>
        <translation>Modelo de Control en las Cárceles (JEM)</translation>
    </message>
    <message>
        <source>A 287(g) model for jails. Trained jail staff ask people already in custody about immigration status, check federal records, and prepare detainers and other papers.</source>
        <extracomment>glossary.json $.terms[4].definition</extracomment>
        <translation>Un modelo 287(g) para cárceles. Empleados capacitados de la cárcel preguntan a las personas que ya están bajo custodia cuál es su estatus migratorio. También revisan registros federales y preparan órdenes de retención y otros documentos.</translation>
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
        <translation>IDENT (sistema de huellas del DHS)</translation>
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
        <translation>Orden para frenar o exigir algo (injunction)</translation>
    </message>
    <message>
        <source>A court order telling someone to do or stop doing something. A preliminary injunction is a temporary one, given while the case goes on.</source>
        <extracomment>glossary.json $.terms[18].definition</extracomment>
        <translation>Una orden de un tribunal que le dice a alguien que haga algo o que deje de hacerlo. Una medida cautelar (preliminary injunction) es una orden temporal, que se da mientras sigue el caso.</translation>
    </message>
    <message>
        <source>Preliminary injunction</source>
        <extracomment>glossary.json $.terms[19].term</extracomment>
        <translation>Medida cautelar (preliminary injunction)</translation>
    </message>
    <message>
        <source>A temporary court order given early in a case, before the final decision. It keeps things in place while the court decides.</source>
        <extracomment>glossary.json $.terms[19].definition</extracomment>
        <translation>Una orden temporal de un tribunal que se da al principio de un caso, antes de la decisión final. Mantiene las cosas como están mientras el tribunal decide.</translation>
    </message>
    <message>
        <source>Universal injunction</source>
        <extracomment>glossary.json $.terms[20].term</extracomment>
        <translation>Orden para frenar algo en todo el país (universal injunction)</translation>
    </message>
    <message>
        <source>Declaratory judgment</source>
        <extracomment>glossary.json $.terms[21].term</extracomment>
        <translation>Sentencia declaratoria (declaratory judgment)</translation>
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
        <translation>Una regla que viene de casos de la Corte Suprema: el gobierno federal no puede obligar a los estados a hacer su trabajo. El Congreso no puede ordenar a los estados ni a sus funcionarios que lleven a cabo programas federales. También abarca las leyes federales que prohíben actuar a los estados.</translation>
    </message>
    <message>
        <source>Tenth Amendment</source>
        <extracomment>glossary.json $.terms[24].term</extracomment>
        <translation>Décima Enmienda</translation>
    </message>
    <message>
        <source>The part of the U.S. Constitution about powers kept by the states and the people. Courts base the anti-commandeering rule on it.</source>
        <extracomment>glossary.json $.terms[24].definition</extracomment>
        <translation>La parte de la Constitución de EE. UU. sobre los poderes que conservan los estados y el pueblo. Los tribunales basan en ella la regla contra la requisición (anti-commandeering), que impide que el gobierno federal obligue a los estados a hacer su trabajo.</translation>
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
        <source>Custody</source>
        <extracomment>glossary.json $.terms[36].term</extracomment>
        <translation>Custodia</translation>
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
        <translation>EOIR (Oficina Ejecutiva de Revisión de Casos de Inmigración)</translation>
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
        <translation>DHS (Departamento de Seguridad Nacional)</translation>
    </message>
    <message>
        <source>ICE</source>
        <extracomment>glossary.json $.terms[45].term</extracomment>
        <translation>ICE (Servicio de Inmigración y Control de Aduanas)</translation>
    </message>
    <message>
        <source>U.S. Immigration and Customs Enforcement, the part of DHS that enforces immigration law inside the country.</source>
        <extracomment>glossary.json $.terms[45].definition</extracomment>
        <translation>El Servicio de Inmigración y Control de Aduanas de EE. UU. (U.S. Immigration and Customs Enforcement). Es la parte del DHS que hace cumplir las leyes de inmigración dentro del país.</translation>
    </message>
    <message>
        <source>USCIS</source>
        <extracomment>glossary.json $.terms[46].term</extracomment>
        <translation>USCIS (Servicio de Ciudadanía e Inmigración)</translation>
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
        <translation>Una demanda contra un funcionario federal para que pague por los daños causados al violar la Constitución. En 2022, la Corte Suprema se negó a permitir una contra un agente de la Patrulla Fronteriza. Dijo que los tribunales rara vez deben extender este tipo de demandas.</translation>
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
        <translation>Ultra vires (más allá de los poderes)</translation>
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
        <translation>Desacuerdo entre tribunales de apelaciones (circuit split)</translation>
    </message>
    <message>
        <source>En banc</source>
        <extracomment>glossary.json $.terms[58].term</extracomment>
        <translation>En banc (en pleno)</translation>
    </message>
    <message>
        <source>Dismissal with prejudice</source>
        <extracomment>glossary.json $.terms[59].term</extracomment>
        <translation>Desestimación con perjuicio (definitiva)</translation>
    </message>
    <message>
        <source>When the government takes control of a person, such as by arrest or holding them. Some federal courts have said keeping someone in jail past release on a detainer is a new seizure.</source>
        <extracomment>glossary.json $.terms[29].definition</extracomment>
        <translation>Cuando el gobierno toma control de una persona, por ejemplo con un arresto o al retenerla. Algunos tribunales federales han dicho que retener en la cárcel a una persona que ya debía salir libre, solo porque ICE envió una orden de retención, es una nueva detención.</translation>
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
        <translation>La Oficina Ejecutiva de Revisión de Casos de Inmigración (Executive Office for Immigration Review), parte del Departamento de Justicia. Dirige los tribunales de inmigración. Su sitio web tiene listas de organizaciones reconocidas, representantes acreditados y proveedores que tal vez ofrezcan servicios legales gratuitos.</translation>
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
        <source>A form ICE sends to a jail or other agency. It asks the agency to tell ICE before it releases a person. It can also ask the agency to keep holding the person for a short time, so ICE can pick them up. Under federal law it is a request, not a command.

The federal rule allows a hold of up to 48 hours, not counting weekends and holidays ([8 C.F.R. §287.7](source:cfr-287-7)). ICE&apos;s current detainer form asks for no more than 48 hours after the person would otherwise go free ([ICE guidance on Form I-247A](source:ice-i247a-guidance-2017)). Many state laws and local policies allow less time, or no hold at all. Some courts have said that holding a person past their release time on a detainer is a new [seizure](term:seizure) that needs probable cause. A hold longer than the time allowed is not authorized by the federal rule.</source>
        <extracomment>glossary.json $.terms[0].definition</extracomment>
        <translation>Un formulario que ICE envía a una cárcel o a otra agencia. Le pide a la agencia que avise a ICE antes de liberar a una persona. También puede pedirle que siga reteniendo a la persona por poco tiempo, para que ICE la recoja. Según la ley federal, es una solicitud, no un mandato.

La norma federal permite retener a la persona hasta 48 horas, sin contar fines de semana ni feriados ([8 C.F.R. §287.7](source:cfr-287-7)). El formulario actual de ICE pide que no sean más de 48 horas después de la hora en que la persona habría salido libre ([guía de ICE sobre el Formulario I-247A](source:ice-i247a-guidance-2017)). Muchas leyes estatales y políticas locales permiten menos tiempo, o ninguna retención. Algunos tribunales han dicho que retener a una persona después de su hora de salida por una orden de retención es una nueva [detención](term:seizure) que necesita causa probable. La norma federal no permite una retención más larga que el tiempo fijado.</translation>
    </message>
    <message>
        <source>An immigration arrest or removal paper signed by an immigration officer, not by a judge. Forms I-200 and I-205 are examples. Longstanding guidance says it does not by itself allow officers to enter a home without consent. A 2025 ICE memo, made public in January 2026, says an I-205 alone can allow forced entry into the home of a person with a final removal order. Whether that is legal is disputed, and the memo was challenged in court in 2026. Check the current status.</source>
        <extracomment>glossary.json $.terms[1].definition</extracomment>
        <translation>Un documento de inmigración para arrestar o deportar a alguien, firmado por un oficial de inmigración, no por un juez. Los Formularios I-200 y I-205 son ejemplos. Desde hace años, las guías dicen que este documento, por sí solo, no permite que los agentes entren a una casa sin consentimiento. Un memorando de ICE de 2025, que se hizo público en enero de 2026, dice que un Formulario I-205 por sí solo puede permitir la entrada por la fuerza a la casa de una persona con una orden final de deportación. Se discute si eso es legal, y en 2026 el memorando se impugnó en los tribunales. Revise cómo está el caso hoy.</translation>
    </message>
    <message>
        <source>A fair reason, based on facts, to believe something. For an arrest, it means facts that would make a careful person believe the person committed a crime. The Fourth Amendment requires it for most seizures. A person arrested without a warrant must soon get a judge&apos;s decision on it before being held for long ([Gerstein v. Pugh](source:gerstein-1975)). In immigration cases, ICE&apos;s policy says officers need probable cause to believe the person can be removed ([ICE Policy 10074.2](source:ice-policy-10074-2)).</source>
        <extracomment>glossary.json $.terms[11].definition</extracomment>
        <translation>Una razón justa, basada en hechos, para creer algo. Para un arresto, son hechos que harían creer a una persona prudente que alguien cometió un delito. La Cuarta Enmienda la exige para la mayoría de las detenciones. Una persona arrestada sin orden de un juez debe recibir pronto la decisión de un juez sobre la causa probable, antes de quedar detenida por mucho tiempo ([Gerstein v. Pugh](source:gerstein-1975)). En casos de inmigración, la política de ICE dice que los agentes necesitan causa probable para creer que la persona puede ser deportada ([Política 10074.2 de ICE](source:ice-policy-10074-2)).</translation>
    </message>
    <message>
        <source>An injunction that blocks a policy for everyone, not just the people who sued. In June 2025, in *Trump v. CASA*, the Supreme Court said these likely go beyond federal courts&apos; power.

The Court left other routes open. A [class action](term:class-action) can still win relief for a whole group. The Court also did not decide whether a court may set aside an agency rule for everyone under the [APA](term:apa). Separately, immigration law bars class-wide injunctions against parts of the removal laws ([8 U.S.C. §1252(f)(1)](source:usc-8-1252)).</source>
        <extracomment>glossary.json $.terms[20].definition</extracomment>
        <translation>Una orden para frenar una política para todas las personas, no solo para quienes demandaron. En junio de 2025, en *Trump v. CASA*, la Corte Suprema dijo que estas órdenes probablemente van más allá del poder de los tribunales federales.

La Corte dejó abiertos otros caminos. Una [demanda colectiva](term:class-action) todavía puede lograr protección para todo un grupo. La Corte tampoco decidió si un tribunal puede anular una norma de una agencia para todos según la [APA](term:apa). Aparte de esto, la ley de inmigración prohíbe las órdenes para frenar algo (injunctions) a favor de todo un grupo contra partes de las leyes de deportación ([8 U.S.C. §1252(f)(1)](source:usc-8-1252)).</translation>
    </message>
    <message>
        <source>A court case that asks whether a person&apos;s detention is lawful. It is filed in federal court, in the district where the person is held, usually with a lawyer&apos;s help.

For many people held by ICE, the first step is to ask an immigration judge for a [bond hearing](term:bond-hearing) ([8 C.F.R. §236.1](source:cfr-236-1)). Habeas is the tool when the detention itself is unlawful, or when no bond hearing is given. Since 2025, who can get a bond hearing depends on how the person entered, on any criminal charges, and on which court&apos;s rulings apply. Courts disagree about it.

In 2025, in *J.G.G.*, a case about removals under the Alien Enemies Act, the Supreme Court said some challenges to detention belong in habeas.</source>
        <extracomment>glossary.json $.terms[22].definition</extracomment>
        <translation>Un caso judicial que pregunta si la detención de una persona es legal. Se presenta en un tribunal federal, en el distrito donde está detenida la persona, por lo general con la ayuda de un abogado.

Para muchas personas detenidas por ICE, el primer paso es pedirle a un juez de inmigración una [audiencia de fianza](term:bond-hearing) ([8 C.F.R. §236.1](source:cfr-236-1)). El hábeas corpus es la herramienta cuando la detención en sí es ilegal, o cuando no se da una audiencia de fianza. Desde 2025, quién puede tener una audiencia de fianza depende de cómo entró la persona, de si tiene cargos penales y de qué fallos se aplican en su región. Los tribunales no están de acuerdo sobre este tema.

En 2025, en *J.G.G.*, un caso sobre deportaciones bajo la Alien Enemies Act (Ley de Enemigos Extranjeros), la Corte Suprema dijo que algunas impugnaciones de la detención se deben presentar por hábeas corpus.</translation>
    </message>
    <message>
        <source>The part of the Constitution that protects against unreasonable searches and seizures. For example, police generally may not enter a home to make an arrest without a judge&apos;s warrant, unless someone consents or there is an emergency. Courts have also applied it to detainer holds.</source>
        <extracomment>glossary.json $.terms[28].definition</extracomment>
        <translation>La parte de la Constitución que protege contra registros, detenciones e incautaciones irrazonables. Por ejemplo, por lo general la policía no puede entrar a una casa para hacer un arresto sin una orden de un juez, salvo que alguien dé su consentimiento o que haya una emergencia. Los tribunales también la han aplicado cuando se retiene a alguien por una orden de retención migratoria.</translation>
    </message>
    <message>
        <source>An official order that a person must leave the United States. Often it comes from an immigration judge at the end of a case in immigration court. ICE uses Form I-205 to carry one out.</source>
        <extracomment>glossary.json $.terms[35].definition</extracomment>
        <translation>Una orden oficial que dice que una persona debe salir de Estados Unidos. Con frecuencia la da un juez de inmigración al final de un caso en el tribunal de inmigración. ICE usa el Formulario I-205 para ejecutarla.</translation>
    </message>
    <message>
        <source>Being held by an agency, such as in a jail or an immigration detention center. During a removal case, ICE may hold a person or release them on bond. For some people, the law requires detention.</source>
        <extracomment>glossary.json $.terms[36].definition</extracomment>
        <translation>Estar bajo el control de una agencia, por ejemplo en una cárcel o en un centro de detención migratoria. Durante un caso de deportación, ICE puede mantener detenida a una persona o dejarla salir con una fianza. Para algunas personas, la ley exige la detención.</translation>
    </message>
    <message>
        <source>The U.S. Department of Homeland Security. Congress created it in 2002. ICE and USCIS are part of it.</source>
        <extracomment>glossary.json $.terms[44].definition</extracomment>
        <translation>El Departamento de Seguridad Nacional de EE. UU. (Department of Homeland Security). El Congreso lo creó en 2002. ICE y USCIS forman parte de él.</translation>
    </message>
    <message>
        <source>A 1996 federal law. It says no government may stop its officials from sending information about a person&apos;s citizenship or immigration status to immigration authorities, or from receiving it from them.

Courts disagree about whether it is valid and how far it reaches. In 2018, two federal trial courts, in Philadelphia and Chicago, held it unconstitutional under the [anti-commandeering rule](term:anti-commandeering). A federal appeals court read it narrowly, as covering only status information.</source>
        <extracomment>glossary.json $.terms[53].definition</extracomment>
        <translation>Una ley federal de 1996. Dice que ningún gobierno puede impedir que sus funcionarios envíen a las autoridades de inmigración información sobre la ciudadanía o el estatus migratorio de una persona, ni que la reciban de ellas.

Los tribunales no están de acuerdo sobre si es válida y hasta dónde llega. En 2018, dos tribunales federales de primera instancia, en Filadelfia y en Chicago, decidieron que es inconstitucional por la [regla contra la requisición (anti-commandeering)](term:anti-commandeering): el gobierno federal no puede obligar a los estados a hacer su trabajo. Un tribunal federal de apelaciones la leyó de forma limitada: según ese tribunal, solo abarca la información sobre el estatus migratorio.</translation>
    </message>
    <message>
        <source>Agreeing to something, such as letting officers into a home. Police generally need a judge&apos;s warrant to enter a home to arrest someone, unless someone there agrees or there is a real emergency ([exigent circumstances](term:exigent-circumstances)), such as chasing a suspect ([Payton v. New York](source:payton-1980)). A judge&apos;s arrest warrant covers the named person&apos;s own home. To enter another person&apos;s home, police generally need a [search warrant](term:search-warrant) ([Steagald v. United States](source:steagald-1981)).

Longstanding guidance says an administrative warrant alone does not allow entry without consent. A 2025 ICE memo says an I-205 alone can allow forced entry into the home of a person with a final removal order. Whether that is legal is disputed.</source>
        <extracomment>glossary.json $.terms[55].definition</extracomment>
        <translation>Estar de acuerdo con algo, por ejemplo, dejar entrar a los agentes a una casa. Por lo general, la policía necesita una orden de un juez para entrar a una casa a arrestar a alguien, salvo que alguien en la casa lo acepte o que haya una [emergencia real](term:exigent-circumstances), como perseguir a un sospechoso ([Payton v. New York](source:payton-1980)). Una orden de arresto de un juez sirve para la casa de la persona nombrada en ella. Para entrar a la casa de otra persona, por lo general la policía necesita una [orden de registro](term:search-warrant) ([Steagald v. United States](source:steagald-1981)).

Desde hace años, las guías dicen que una orden administrativa, por sí sola, no permite entrar sin consentimiento. Un memorando de ICE de 2025 dice que un Formulario I-205 por sí solo puede permitir la entrada por la fuerza a la casa de una persona con una orden final de deportación. Se discute si eso es legal.</translation>
    </message>
    <message>
        <source>The right not to answer questions from officers. Know-your-rights cards from legal groups include the words: &quot;I choose to exercise my constitutional rights.&quot;

The right has limits. Know-your-rights groups also warn: do not lie, and do not show false papers ([ACLU of Arkansas](source:aclu-ar-immigrants)). Lying to federal officers or using false papers can be a federal crime ([18 U.S.C. §1001](source:usc-18-1001), [§1546](source:usc-18-1546)). Federal law says noncitizens aged 18 or older must carry the [proof of registration](term:proof-of-registration) they were given, such as a green card. A rule on registration took effect on April 11, 2025 ([registration rule](source:registration-ifr-2025)). Some states require people to give their name when police lawfully stop them ([Hiibel](source:hiibel-2004)). A lawyer or accredited representative can explain what applies to a person: [Find legal help](page:help).</source>
        <extracomment>glossary.json $.terms[56].definition</extracomment>
        <translation>El derecho a no responder preguntas de los agentes. Las tarjetas de &quot;conozca sus derechos&quot; de grupos legales incluyen estas palabras: &quot;Elijo ejercer mis derechos constitucionales&quot;.

Este derecho tiene límites. Los grupos que enseñan sobre estos derechos también advierten: no mienta y no muestre documentos falsos ([ACLU de Arkansas](source:aclu-ar-immigrants)). Mentirles a agentes federales o usar documentos falsos puede ser un delito federal ([18 U.S.C. §1001](source:usc-18-1001), [§1546](source:usc-18-1546)). La ley federal dice que los no ciudadanos de 18 años o más deben llevar consigo el [comprobante de registro](term:proof-of-registration) que recibieron, como la tarjeta de residente (green card). Una norma sobre el registro entró en vigor el 11 de abril de 2025 ([norma de registro](source:registration-ifr-2025)). Algunos estados exigen que una persona diga su nombre cuando la policía la detiene de forma legal ([Hiibel](source:hiibel-2004)). Un abogado o un representante acreditado puede explicar qué se aplica a cada persona: [Buscar ayuda legal](page:help).</translation>
    </message>
    <message>
        <source>When all the active judges of a federal appeals court rehear a case together, instead of a panel of three. Very large courts may use a smaller group of judges. Courts agree to rehear a case this way only rarely.</source>
        <extracomment>glossary.json $.terms[58].definition</extracomment>
        <translation>Cuando todos los jueces activos de un tribunal federal de apelaciones vuelven a ver un caso juntos, en vez de un panel de tres. Los tribunales muy grandes pueden usar un grupo más pequeño de jueces. Los tribunales aceptan volver a ver un caso de esta forma solo en pocas ocasiones.</translation>
    </message>
    <message>
        <source>A-number (Alien Registration Number)</source>
        <extracomment>new-detained.json $.terms[0].term</extracomment>
        <translation>Número A (número de registro de extranjero, A-number)</translation>
    </message>
    <message>
        <source>The number DHS uses for a noncitizen&apos;s immigration file. It usually has nine digits and may be written with an A in front. EOIR says it is printed on papers from DHS and the immigration court. ICE&apos;s detainee locator and EOIR&apos;s case tools use it.</source>
        <extracomment>new-detained.json $.terms[0].definition</extracomment>
        <translation>El número que usa el DHS para el expediente de inmigración de una persona que no es ciudadana. Por lo general tiene nueve dígitos y puede escribirse con una A delante. La EOIR dice que aparece en los papeles del DHS y del tribunal de inmigración. El localizador de detenidos de ICE y las herramientas de casos de la EOIR lo usan.</translation>
    </message>
    <message>
        <source>Consular notification</source>
        <extracomment>new-detained.json $.terms[1].term</extracomment>
        <translation>Notificación consular</translation>
    </message>
    <message>
        <source>Bond hearing</source>
        <extracomment>new-detention.json $.terms[0].term</extracomment>
        <translation>Audiencia de fianza (bond hearing)</translation>
    </message>
    <message>
        <source>A hearing where an immigration judge decides whether a person held by ICE may go free while the case goes on, and on what bond (a sum of money) or conditions. It is also called a custody redetermination. Since 2025, who can get one has been fought over in the courts.</source>
        <extracomment>new-detention.json $.terms[0].definition</extracomment>
        <translation>Una audiencia en la que un juez de inmigración decide si una persona detenida por ICE puede salir mientras sigue su caso, y con qué fianza (una suma de dinero) o condiciones. También se llama revisión de custodia. Desde 2025 hay una lucha en los tribunales sobre quién puede tenerla.</translation>
    </message>
    <message>
        <source>Mandatory detention</source>
        <extracomment>new-detention.json $.terms[1].term</extracomment>
        <translation>Detención obligatoria (mandatory detention)</translation>
    </message>
    <message>
        <source>Expedited removal</source>
        <extracomment>new-detention.json $.terms[2].term</extracomment>
        <translation>Deportación acelerada (expedited removal)</translation>
    </message>
    <message>
        <source>A fast process in which an immigration officer, not a judge, orders a person removed. A person who says they fear return is sent for a screening interview. Since January 21, 2025 it can be used anywhere in the country for people who entered without inspection and cannot show two years in the United States. Court challenges went on into 2026.</source>
        <extracomment>new-detention.json $.terms[2].definition</extracomment>
        <translation>Un proceso rápido en el que un oficial de inmigración, no un juez, ordena sacar a una persona del país. A quien dice que tiene miedo de volver lo mandan a una entrevista. Desde el 21 de enero de 2025 se puede usar en todo el país con quienes entraron sin inspección y no pueden mostrar dos años en Estados Unidos. Las demandas en su contra siguieron en 2026.</translation>
    </message>
    <message>
        <source>Applicant for admission</source>
        <extracomment>new-detention.json $.terms[3].term</extracomment>
        <translation>Solicitante de admisión (applicant for admission)</translation>
    </message>
    <message>
        <source>Federal Tort Claims Act (FTCA)</source>
        <extracomment>new-detention.json $.terms[4].term</extracomment>
        <translation>Ley Federal de Reclamos por Daños (Federal Tort Claims Act, FTCA)</translation>
    </message>
    <message>
        <source>Exigent circumstances</source>
        <extracomment>new-kyr.json $.terms[0].term</extracomment>
        <translation>Circunstancias urgentes (exigent circumstances)</translation>
    </message>
    <message>
        <source>Search warrant</source>
        <extracomment>new-kyr.json $.terms[1].term</extracomment>
        <translation>Orden de registro (search warrant)</translation>
    </message>
    <message>
        <source>Proof of registration</source>
        <extracomment>new-kyr.json $.terms[2].term</extracomment>
        <translation>Comprobante de registro (proof of registration)</translation>
    </message>
    <message>
        <source>A government paper showing that a noncitizen is registered with the U.S. government, such as a green card or other papers listed in federal rules. Federal law requires noncitizens aged 18 or older to carry the proof they were given. Not carrying it is a misdemeanor.</source>
        <extracomment>new-kyr.json $.terms[2].definition</extracomment>
        <translation>Un papel del gobierno que muestra que una persona no ciudadana está registrada ante el gobierno de Estados Unidos, como la tarjeta de residente (green card) u otros papeles que indican las normas federales. La ley federal exige que las personas no ciudadanas de 18 años o más lleven consigo el comprobante que recibieron. No llevarlo es un delito menor.</translation>
    </message>
    <message>
        <source>Officials who arrest or hold a foreign national in the United States must tell the person right away that their consulate can be told. For some countries, officials must tell the consulate even if the person does not ask. The rule comes from treaties such as the Vienna Convention on Consular Relations.</source>
        <extracomment>new-detained.json $.terms[1].definition</extracomment>
        <translation>Los funcionarios que arrestan o detienen a un extranjero en Estados Unidos deben decirle enseguida que se puede avisar a su consulado. Para algunos países, los funcionarios deben avisar al consulado aunque la persona no lo pida. La regla viene de tratados como la Convención de Viena sobre Relaciones Consulares.</translation>
    </message>
    <message>
        <source>When a law requires ICE to hold a person during the case, with no bond hearing. It covers some people with criminal records. It also covers some people arrested or charged with theft-type crimes, even with no conviction (the Laken Riley Act, 2025), and people in expedited removal. Courts disagree about whether it also covers everyone who entered without inspection.</source>
        <extracomment>new-detention.json $.terms[1].definition</extracomment>
        <translation>Cuando una ley obliga a ICE a tener detenida a una persona durante su caso, sin audiencia de fianza. Cubre a algunas personas con antecedentes penales. También cubre a algunas personas arrestadas o acusadas de delitos como el robo, aunque no tengan condena (la Ley Laken Riley, de 2025), y a las personas en deportación acelerada. Los tribunales no están de acuerdo en si también cubre a todos los que entraron sin inspección.</translation>
    </message>
    <message>
        <source>The law&apos;s name for a person who is arriving, or who is in the United States without having been admitted. Since July 2025 the government has said this includes people who entered without inspection years ago. It says they can be held without bond. Courts disagree.</source>
        <extracomment>new-detention.json $.terms[3].definition</extracomment>
        <translation>El nombre que usa la ley para una persona que está llegando, o que está en Estados Unidos sin haber sido admitida. Desde julio de 2025 el gobierno dice que esto incluye a quienes entraron sin inspección hace años. Dice que se les puede detener sin fianza. Los tribunales no están de acuerdo.</translation>
    </message>
    <message>
        <source>A federal law that lets people ask the United States for money for some harms caused by federal workers. First, a written claim must go to the agency within two years, often on Standard Form 95.</source>
        <extracomment>new-detention.json $.terms[4].definition</extracomment>
        <translation>Es una ley federal. Permite pedir dinero a Estados Unidos por algunos daños que causan los empleados federales. Primero hay que mandar un reclamo por escrito a la agencia, dentro de dos años, muchas veces en el Formulario Estándar 95.</translation>
    </message>
    <message>
        <source>A true emergency that lets police act without a warrant. One example is chasing a suspect who runs into a home (hot pursuit). The Supreme Court treats it, like consent, as an exception to the rule that police need a warrant to enter a home.</source>
        <extracomment>new-kyr.json $.terms[0].definition</extracomment>
        <translation>Una emergencia real que permite a la policía actuar sin orden. Un ejemplo es perseguir a un sospechoso que entra corriendo a una casa (hot pursuit). La Corte Suprema la trata, igual que el consentimiento, como una excepción a la regla de que la policía necesita una orden para entrar a una casa.</translation>
    </message>
    <message>
        <source>A judge&apos;s warrant that lets officers search a certain place for certain people or things. It covers only the address, areas and items it lists. Police may want to enter one person&apos;s home to look for someone else named in an arrest warrant. For that they generally need a search warrant, unless there is consent or an emergency.</source>
        <extracomment>new-kyr.json $.terms[1].definition</extracomment>
        <translation>Una orden firmada por un juez que permite a los agentes registrar un lugar determinado en busca de ciertas personas o cosas. Solo cubre la dirección, las áreas y las cosas que menciona. A veces la policía quiere entrar a la casa de una persona para buscar a otra que aparece en una orden de arresto. Para eso, por lo general necesita una orden de registro, salvo que haya consentimiento o una emergencia.</translation>
    </message>
</context>
<context>
    <name>content/help</name>
    <message>
        <source>EOIR: Recognized organizations and accredited representatives</source>
        <extracomment>help.json $.helpPlaces[0].name</extracomment>
        <translation>EOIR: Organizaciones reconocidas y representantes acreditados (en inglés)</translation>
    </message>
    <message>
        <source>EOIR: List of pro bono legal service providers</source>
        <extracomment>help.json $.helpPlaces[2].name</extracomment>
        <translation>EOIR: Lista de proveedores de servicios legales gratuitos (pro bono) (en inglés)</translation>
    </message>
    <message>
        <source>American Immigration Lawyers Association: Lawyer search</source>
        <extracomment>help.json $.helpPlaces[5].name</extracomment>
        <translation>American Immigration Lawyers Association: búsqueda de abogados (en inglés)</translation>
    </message>
    <message>
        <source>Immigration Advocates Network: National legal directory</source>
        <extracomment>help.json $.helpPlaces[6].name</extracomment>
        <translation>Immigration Advocates Network: directorio legal nacional</translation>
    </message>
    <message>
        <source>State bar lawyer referral services</source>
        <extracomment>help.json $.helpPlaces[7].name</extracomment>
        <translation>Servicios de referencia de abogados de los colegios de abogados estatales</translation>
    </message>
    <message>
        <source>USCIS: Avoid scams</source>
        <extracomment>help.json $.helpPlaces[9].name</extracomment>
        <translation>USCIS: Evite las estafas</translation>
    </message>
    <message>
        <source>Federal Trade Commission: Consumer advice</source>
        <extracomment>help.json $.helpPlaces[10].name</extracomment>
        <translation>Comisión Federal de Comercio (FTC): consejos para consumidores</translation>
    </message>
    <message>
        <source>The Justice Department&apos;s immigration court office (EOIR) runs this program. It lets trained staff of approved nonprofit groups help people with immigration cases. These helpers are called accredited representatives. EOIR says they are not lawyers. They may help only through their own group.</source>
        <extracomment>help.json $.helpPlaces[0].what</extracomment>
        <translation>La oficina de los tribunales de inmigración del Departamento de Justicia (EOIR) maneja este programa. Permite que personal capacitado de grupos sin fines de lucro aprobados ayude a las personas en casos de inmigración. A estas personas se les llama representantes acreditados. La EOIR dice que no son abogados. Solo pueden ayudar a través de su propio grupo.</translation>
    </message>
    <message>
        <source>EOIR: Check an accredited representative</source>
        <extracomment>help.json $.helpPlaces[1].name</extracomment>
        <translation>EOIR: Verificar a un representante acreditado (en inglés)</translation>
    </message>
    <message>
        <source>EOIR&apos;s lists of approved nonprofit groups and of their accredited representatives, by state and city. If someone says they are an accredited representative, their name and group should be on these lists.</source>
        <extracomment>help.json $.helpPlaces[1].what</extracomment>
        <translation>Las listas de la EOIR con los grupos sin fines de lucro aprobados y sus representantes acreditados, por estado y por ciudad. Si alguien dice que es representante acreditado, su nombre y su grupo deberían estar en estas listas.</translation>
    </message>
    <message>
        <source>A Justice Department list of groups and lawyers that may give free immigration legal help.</source>
        <extracomment>help.json $.helpPlaces[2].what</extracomment>
        <translation>Una lista del Departamento de Justicia con grupos y abogados que pueden dar ayuda legal gratuita en casos de inmigración.</translation>
    </message>
    <message>
        <source>EOIR: Immigration court case status</source>
        <extracomment>help.json $.helpPlaces[3].name</extracomment>
        <translation>EOIR: Estado de un caso en el tribunal de inmigración</translation>
    </message>
    <message>
        <source>A Justice Department tool that shows the status of a case in immigration court, such as the next hearing date and place. It needs the person&apos;s A-number, the number on their immigration papers. EOIR also has a phone line for this, with menus in English and Spanish.</source>
        <extracomment>help.json $.helpPlaces[3].what</extracomment>
        <translation>Una herramienta del Departamento de Justicia que muestra el estado de un caso en el tribunal de inmigración, como la fecha y el lugar de la próxima audiencia. Se necesita el número A (A-number) de la persona, que aparece en sus papeles de inmigración. La EOIR también tiene una línea telefónica para esto, con menús en inglés y en español.</translation>
    </message>
    <message>
        <source>ICE: Online Detainee Locator</source>
        <extracomment>help.json $.helpPlaces[4].name</extracomment>
        <translation>ICE: Localizador de personas detenidas (Online Detainee Locator)</translation>
    </message>
    <message>
        <source>An ICE search tool that can show whether a person is being held in ICE detention, and where. You search with the person&apos;s A-number and country of birth, or with their name and other details.</source>
        <extracomment>help.json $.helpPlaces[4].what</extracomment>
        <translation>Una herramienta de búsqueda de ICE que puede mostrar si una persona está detenida por ICE, y dónde. Se busca con el número A (A-number) y el país de nacimiento de la persona, o con su nombre y otros datos.</translation>
    </message>
    <message>
        <source>A search tool from the national group of immigration lawyers. It lists member lawyers near you. Each lawyer sets their own fees.</source>
        <extracomment>help.json $.helpPlaces[5].what</extracomment>
        <translation>Una herramienta de búsqueda de la asociación nacional de abogados de inmigración. Muestra abogados miembros cerca de usted. Cada abogado fija sus propios honorarios.</translation>
    </message>
    <message>
        <source>A searchable list of nonprofit groups across the United States that give immigration legal help.</source>
        <extracomment>help.json $.helpPlaces[6].what</extracomment>
        <translation>Una lista con buscador de grupos sin fines de lucro de todo Estados Unidos que dan ayuda legal en casos de inmigración.</translation>
    </message>
    <message>
        <source>Many state and local bar associations run lawyer referral services. They may be able to put you in touch with a licensed lawyer in your area. This American Bar Association directory lists these services.</source>
        <extracomment>help.json $.helpPlaces[7].what</extracomment>
        <translation>Muchos colegios de abogados estatales y locales tienen servicios de referencia de abogados. Es posible que le puedan poner en contacto con un abogado con licencia en su zona. Este directorio de la American Bar Association (Asociación Americana de Abogados) tiene una lista de estos servicios. Está en inglés.</translation>
    </message>
    <message>
        <source>American Bar Association: Questions about lawyers</source>
        <extracomment>help.json $.helpPlaces[8].name</extracomment>
        <translation>American Bar Association: preguntas sobre los abogados (en inglés)</translation>
    </message>
    <message>
        <source>Answers to common questions about lawyers. The page says the ABA does not discipline lawyers: each state has its own agency that does. A lawyer&apos;s license comes from the state where the lawyer practices, so that state&apos;s lawyer agency or state bar is where a license can be checked.</source>
        <extracomment>help.json $.helpPlaces[8].what</extracomment>
        <translation>Respuestas a preguntas comunes sobre los abogados. La página dice que la ABA no sanciona a los abogados: cada estado tiene su propia agencia que lo hace. La licencia de un abogado viene del estado donde trabaja, así que la licencia se puede verificar con la agencia de abogados o el colegio de abogados (state bar) de ese estado.</translation>
    </message>
    <message>
        <source>A page from U.S. Citizenship and Immigration Services. It explains notario fraud and other immigration scams, who is allowed to give legal help, and how to report a scam. It is also in Spanish.</source>
        <extracomment>help.json $.helpPlaces[9].what</extracomment>
        <translation>Una página del Servicio de Ciudadanía e Inmigración de Estados Unidos (USCIS). Explica el fraude de notarios y otras estafas de inmigración, quién puede dar ayuda legal y cómo denunciar una estafa. También está en español.</translation>
    </message>
    <message>
        <source>The FTC&apos;s pages for consumers, in English and in Spanish. They warn about notario and immigration scams.</source>
        <extracomment>help.json $.helpPlaces[10].what</extracomment>
        <translation>Las páginas para consumidores de la FTC, en inglés y en español. Advierten sobre las estafas de notarios y de inmigración.</translation>
    </message>
    <message>
        <source>Federal Trade Commission: Report a scam</source>
        <extracomment>help.json $.helpPlaces[11].name</extracomment>
        <translation>Comisión Federal de Comercio (FTC): denunciar una estafa</translation>
    </message>
    <message>
        <source>The FTC&apos;s site for reporting a scam, such as a notario or a fake immigration helper. There is a Spanish site too.</source>
        <extracomment>help.json $.helpPlaces[11].what</extracomment>
        <translation>El sitio de la FTC para denunciar una estafa, por ejemplo de un notario o de alguien que finge dar ayuda de inmigración. También hay un sitio en español.</translation>
    </message>
</context>
<context>
    <name>content/meta</name>
    <message>
        <source>For advice about your own situation, talk to a licensed immigration lawyer or a DOJ-accredited representative at a recognized organization. In the United States, being a notary public (notario público) does not make someone a lawyer or allow them to give legal advice.</source>
        <extracomment>meta.json $.meta.helpNotice</extracomment>
        <translation>Para recibir asesoría sobre su propia situación, hable con un abogado de inmigración con licencia o con un representante acreditado por el Departamento de Justicia (DOJ) en una organización reconocida. En Estados Unidos, ser notario público (notary public) no convierte a nadie en abogado ni le permite dar asesoría legal.</translation>
    </message>
    <message>
        <source>This app gives general information about the law. It is not legal advice, and it cannot tell you what to do in your own case. Laws and court rulings change often. Our sources were checked for events up to early July 2026, so later rulings or laws may be missing.</source>
        <extracomment>meta.json $.meta.disclaimer</extracomment>
        <translation>Esta aplicación da información general sobre la ley. No es asesoría legal y no puede decirle qué hacer en su propio caso. Las leyes y los fallos de los tribunales cambian a menudo. Revisamos nuestras fuentes hasta principios de julio de 2026, así que pueden faltar fallos o leyes más recientes.</translation>
    </message>
</context>
<context>
    <name>content/sources</name>
    <message>
        <source>IIRIRA (1996)</source>
        <extracomment>sources.json $.sources[0].title</extracomment>
        <translation>Ley IIRIRA (1996)</translation>
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
        <translation>Limita la revisión de los tribunales en casos de inmigración. Impide revisar ciertas decisiones discrecionales. Impide las órdenes para frenar (injunctions) que protejan a todo un grupo de personas contra partes de las leyes de deportación. También impide reclamos que surgen de la decisión de iniciar un proceso, decidir un caso o ejecutar una orden de deportación.</translation>
    </message>
    <message>
        <source>8 U.S.C. §1447(b) (naturalization delays)</source>
        <extracomment>sources.json $.sources[4].title</extracomment>
        <translation>8 U.S.C. §1447(b) (retrasos en la naturalización)</translation>
    </message>
    <message>
        <source>Described in practice guides as letting a federal district court decide a naturalization (N-400) case, or send it back, when USCIS has not decided it within 120 days after the interview.</source>
        <extracomment>sources.json $.sources[4].supports</extracomment>
        <translation>Según guías para abogados, permite que un tribunal federal de distrito decida un caso de naturalización (N-400) o lo devuelva a USCIS. Esto aplica cuando USCIS no lo ha decidido en los 120 días después de la entrevista.</translation>
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
        <translation>Ley Laken Riley (Laken Riley Act, 2025)</translation>
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
        <translation>Ensayo de Kubrin (2014)</translation>
    </message>
    <message>
        <source>Describes Secure Communities&apos; automatic check of booking fingerprints against DHS&apos;s IDENT system and its spread from 14 jurisdictions (2008) to all 3,181.</source>
        <extracomment>sources.json $.sources[27].supports</extracomment>
        <translation>Describe cómo Comunidades Seguras revisaba en forma automática las huellas digitales tomadas en la cárcel con el sistema IDENT del DHS. También describe cómo se extendió de 14 jurisdicciones (2008) a todas las 3,181.</translation>
    </message>
    <message>
        <source>DOJ Civil Resource Manual: Mandamus</source>
        <extracomment>sources.json $.sources[28].title</extracomment>
        <translation>Manual civil del Departamento de Justicia (DOJ Civil Resource Manual): mandamus</translation>
    </message>
    <message>
        <source>Explains that §1361 runs against federal officers, not the United States itself, creates no new substantive rights, and that §1651 supports appellate mandamus.</source>
        <extracomment>sources.json $.sources[28].supports</extracomment>
        <translation>Explica que el §1361 se aplica contra funcionarios federales, no contra Estados Unidos como tal, y que no crea nuevos derechos de fondo. También explica que el §1651 es la base del mandamus en apelación.</translation>
    </message>
    <message>
        <source>AIC/NILA practice advisory (2021)</source>
        <extracomment>sources.json $.sources[29].title</extracomment>
        <translation>Guía para abogados de AIC y NILA (2021)</translation>
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
        <translation>Explica que un &quot;notario&quot;, un notario público o un notary public no es abogado en Estados Unidos y no puede dar asesoría legal sobre inmigración.</translation>
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
        <translation>8 U.S.C. §1252(f)(1) impide que los tribunales inferiores emitan órdenes para frenar (injunctions) que protejan a todo un grupo de personas y que detengan la aplicación de ciertas reglas de deportación. Sigue siendo posible un remedio en casos individuales.</translation>
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
        <translation>Las condiciones que el Departamento de Justicia (DOJ) puso en 2017 a los fondos Byrne JAG (aviso, acceso y certificación del §1373) no estaban autorizadas por el Congreso. El poder ejecutivo no puede actuar si el Congreso no le da ese poder.</translation>
    </message>
    <message>
        <source>City of Chicago v. Sessions (7th Cir. 2018)</source>
        <extracomment>sources.json $.sources[73].title</extracomment>
        <translation>City of Chicago v. Sessions (7.º Circuito, 2018)</translation>
    </message>
    <message>
        <source>City of Chicago v. Barr (2020)</source>
        <extracomment>sources.json $.sources[74].title</extracomment>
        <translation>City of Chicago v. Barr (2020)</translation>
    </message>
    <message>
        <source>City of Los Angeles v. Barr (2019)</source>
        <extracomment>sources.json $.sources[75].title</extracomment>
        <translation>City of Los Angeles v. Barr (2019)</translation>
    </message>
    <message>
        <source>Upheld DOJ giving extra points in the competitive COPS grant to applicants that focused on illegal immigration or certified cooperation; no Spending Clause or APA violation.</source>
        <extracomment>sources.json $.sources[75].supports</extracomment>
        <translation>Confirmó que el Departamento de Justicia (DOJ) podía dar puntos extra en la subvención competitiva COPS a los solicitantes que se enfocaran en la inmigración ilegal o que certificaran su cooperación. No hubo violación de la Cláusula de Gasto ni de la APA.</translation>
    </message>
    <message>
        <source>San Francisco v. Barr (2020)</source>
        <extracomment>sources.json $.sources[76].title</extracomment>
        <translation>San Francisco v. Barr (2020)</translation>
    </message>
    <message>
        <source>Held the Byrne JAG conditions unlawful and limited the injunction to California.</source>
        <extracomment>sources.json $.sources[76].supports</extracomment>
        <translation>Decidió que las condiciones de Byrne JAG eran ilegales y limitó a California la orden para frenarlas (injunction).</translation>
    </message>
    <message>
        <source>Upheld all three Byrne JAG conditions, including a §1373 certification, creating a split with the 1st, 3d, 7th and 9th Circuits.</source>
        <extracomment>sources.json $.sources[77].supports</extracomment>
        <translation>Confirmó las tres condiciones de Byrne JAG, incluida una certificación del §1373. Así creó un desacuerdo entre tribunales de apelaciones: los Circuitos 1.º, 3.º, 7.º y 9.º habían decidido lo contrario.</translation>
    </message>
    <message>
        <source>San Francisco v. Trump (2018)</source>
        <extracomment>sources.json $.sources[78].title</extracomment>
        <translation>San Francisco v. Trump (2018)</translation>
    </message>
    <message>
        <source>Held §9(a) of Executive Order 13768 unconstitutional because only Congress holds the power of the purse; vacated the nationwide scope of the injunction.</source>
        <extracomment>sources.json $.sources[78].supports</extracomment>
        <translation>Decidió que el §9(a) de la Orden Ejecutiva 13768 es inconstitucional porque solo el Congreso tiene el poder sobre el dinero público (en inglés, &quot;the power of the purse&quot;). Anuló el alcance nacional de la orden para frenarlo (injunction).</translation>
    </message>
    <message>
        <source>San Francisco v. Trump (2025)</source>
        <extracomment>sources.json $.sources[79].title</extracomment>
        <translation>San Francisco v. Trump (2025)</translation>
    </message>
    <message>
        <source>Preliminary injunction of Apr. 24, 2025 barring the government from withholding, freezing or conditioning funds under parts of EO 14159, EO 14218 and the Attorney General&apos;s Feb. 5, 2025 directive; clarified in May 2025 as to EO 14287; expanded Aug. 22, 2025; Ninth Circuit argument Dec. 5, 2025; motion to dismiss denied about Jan. 20, 2026.</source>
        <extracomment>sources.json $.sources[79].supports</extracomment>
        <translation>Medida cautelar (preliminary injunction) del 24 de abril de 2025. Prohíbe al gobierno retener, congelar o poner condiciones a fondos bajo partes de la EO 14159, la EO 14218 y la directiva de la fiscal general del 5 de febrero de 2025. Se aclaró en mayo de 2025 en cuanto a la EO 14287. Se amplió el 22 de agosto de 2025. Hubo argumentos orales en el Noveno Circuito el 5 de diciembre de 2025. El tribunal rechazó el pedido de desestimar el caso alrededor del 20 de enero de 2026.</translation>
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
        <translation>Ley TRUST de Illinois (2017)</translation>
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
        <source>Theodore, Insecure Communities (2013)</source>
        <extracomment>sources.json $.sources[96].title</extracomment>
        <translation>Theodore, encuesta Insecure Communities (2013)</translation>
    </message>
    <message>
        <source>Survey of 2,004 Latinos in four counties: 44% less likely to contact police if victims of crime for fear of immigration questions; 70% of undocumented and 28% of U.S.-born respondents.</source>
        <extracomment>sources.json $.sources[96].supports</extracomment>
        <translation>Encuesta a 2,004 latinos en cuatro condados: el 44% tenía menos probabilidad de llamar a la policía si era víctima de un delito, por miedo a preguntas sobre inmigración. Así respondió el 70% de las personas indocumentadas y el 28% de las nacidas en Estados Unidos.</translation>
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
        <translation>Miles y Cox (2014)</translation>
    </message>
    <message>
        <source>Using Secure Communities&apos; staggered rollout across more than 3,000 counties, found no meaningful reduction in FBI index crime or violent crime; the program led to more than 250,000 detentions.</source>
        <extracomment>sources.json $.sources[101].supports</extracomment>
        <translation>Aprovechó que Comunidades Seguras empezó en fechas distintas en más de 3,000 condados. No encontró una reducción importante de los delitos del índice del FBI ni de los delitos violentos. El programa llevó a más de 250,000 detenciones.</translation>
    </message>
    <message>
        <source>Treyger, Chalfin &amp; Loeffler (2014)</source>
        <extracomment>sources.json $.sources[102].title</extracomment>
        <translation>Treyger, Chalfin y Loeffler (2014)</translation>
    </message>
    <message>
        <source>MPI, Delegation and Divergence (2011)</source>
        <extracomment>sources.json $.sources[103].title</extracomment>
        <translation>MPI, informe Delegation and Divergence (2011)</translation>
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
        <translation>Conclusiones del Departamento de Justicia sobre el Condado de Maricopa (2011)</translation>
    </message>
    <message>
        <source>DOJ found a pattern of discriminatory policing (Latinos four to nine times more likely to be stopped); DHS ended the office&apos;s 287(g) jail agreement and limited its Secure Communities access.</source>
        <extracomment>sources.json $.sources[105].supports</extracomment>
        <translation>El Departamento de Justicia (DOJ) encontró un patrón de vigilancia policial discriminatoria (para los latinos, la probabilidad de que los pararan era de cuatro a nueve veces mayor). El DHS terminó el acuerdo 287(g) de la cárcel de esa oficina y limitó su acceso a Comunidades Seguras.</translation>
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
        <translation>Anuló las partes de las órdenes para frenar (injunctions) del tribunal de distrito sobre las búsquedas en bases de datos y sobre la ley estatal. Decidió que, para seguir deteniendo a una persona por una orden de retención, un magistrado neutral debe decidir pronto si hay causa probable. Devolvió el caso al tribunal de distrito.</translation>
    </message>
    <message>
        <source>Dismissed the federal suit against Illinois, Chicago and Cook County: the United States lacked standing against the individual officials, and the limits on helping ICE are protected by the Tenth Amendment and not preempted; the dismissal became with prejudice and DOJ appealed.</source>
        <extracomment>sources.json $.sources[80].supports</extracomment>
        <translation>Desestimó la demanda federal contra Illinois, Chicago y el Condado de Cook. Estados Unidos no tenía legitimación (para demandar) contra los funcionarios individuales. Además, los límites para ayudar a ICE están protegidos por la Décima Enmienda y la ley federal no los desplaza. La desestimación pasó a ser con perjuicio (la demanda no se puede volver a presentar) y el Departamento de Justicia apeló.</translation>
    </message>
    <message>
        <source>Reports on U.S. suits against New Jersey cities and New York City (2025)</source>
        <extracomment>sources.json $.sources[83].title</extracomment>
        <translation>Informes sobre demandas de Estados Unidos contra ciudades de Nueva Jersey y la Ciudad de Nueva York (2025)</translation>
    </message>
    <message>
        <source>Reports that the United States also sued four New Jersey cities (May 22, 2025) and New York City (2025); the outcomes were not confirmed in our sources.</source>
        <extracomment>sources.json $.sources[83].supports</extracomment>
        <translation>Informan que Estados Unidos también demandó a cuatro ciudades de Nueva Jersey (22 de mayo de 2025) y a la Ciudad de Nueva York (2025). Los resultados no se confirmaron en nuestras fuentes.</translation>
    </message>
    <message>
        <source>Executive Order 14218 (2025)</source>
        <extracomment>new-courts.json $.sources[0].title</extracomment>
        <translation>Orden Ejecutiva 14218 (2025)</translation>
    </message>
    <message>
        <source>Tells federal agencies to make sure federal payments to states and localities do not support &quot;sanctuary&quot; policies, and to tighten checks on who gets federal benefits. Parts of it were among the measures covered by the April 24, 2025 preliminary injunction in San Francisco v. Trump (N.D. Cal.).</source>
        <extracomment>new-courts.json $.sources[0].supports</extracomment>
        <translation>Ordena a las agencias federales asegurarse de que los pagos federales a estados y gobiernos locales no apoyen políticas &quot;santuario&quot;, y revisar mejor quién recibe beneficios federales. Algunas de sus partes estaban entre las medidas que cubrió la medida cautelar del 24 de abril de 2025 en San Francisco v. Trump (N.D. Cal.).</translation>
    </message>
    <message>
        <source>Attorney General&apos;s &quot;Sanctuary Jurisdiction Directives&quot; memo (2025)</source>
        <extracomment>new-courts.json $.sources[1].title</extracomment>
        <translation>Memorando de la fiscal general sobre jurisdicciones &quot;santuario&quot; (2025)</translation>
    </message>
    <message>
        <source>Told Justice Department staff to review and pause funding to sanctuary jurisdictions, to stop funding groups that help removable noncitizens, and to take legal action against state and local actors it says obstruct immigration enforcement. Parts of it were among the measures covered by the April 24, 2025 preliminary injunction in San Francisco v. Trump (N.D. Cal.).</source>
        <extracomment>new-courts.json $.sources[1].supports</extracomment>
        <translation>Ordenó al personal del Departamento de Justicia revisar y pausar los fondos para las jurisdicciones &quot;santuario&quot;, dejar de dar fondos a grupos que ayudan a personas deportables, y tomar acciones legales contra autoridades estatales y locales que, según el memorando, obstruyen el control migratorio. Algunas de sus partes estaban entre las medidas que cubrió la medida cautelar del 24 de abril de 2025 en San Francisco v. Trump (N.D. Cal.).</translation>
    </message>
    <message>
        <source>Texas SB 4 (2023) in 2026: the full-court ruling and LML v. Martin</source>
        <extracomment>new-courts.json $.sources[2].title</extracomment>
        <translation>La ley SB 4 de Texas (2023) en 2026: el fallo del pleno y LML v. Martin</translation>
    </message>
    <message>
        <source>As reported, in 2026 the full Fifth Circuit lifted the 2024 order that blocked SB 4, because the groups and county that sued lacked standing; it did not decide whether the law is constitutional. SB 4 was then set to take effect on May 15, 2026. In LML v. Martin, a class suit started on May 4, 2026, a federal trial court blocked the law again. On May 29, 2026, a three-judge Fifth Circuit panel put that order on hold pending appeal, which let Texas begin enforcing the state crimes of entering or re-entering illegally and the orders by state magistrates telling people to return to the country they came from. Later events were not confirmed in our sources.</source>
        <extracomment>new-courts.json $.sources[2].supports</extracomment>
        <translation>Según informes, en 2026 el pleno del Quinto Circuito levantó la orden de 2024 que bloqueaba la ley SB 4, porque los grupos y el condado que demandaron no tenían legitimación para demandar; no decidió si la ley es constitucional. La ley iba a entrar en vigor el 15 de mayo de 2026. En LML v. Martin, una demanda colectiva iniciada el 4 de mayo de 2026, un tribunal federal de primera instancia volvió a bloquear la ley. El 29 de mayo de 2026, un panel de tres jueces del Quinto Circuito suspendió esa orden mientras se decide la apelación. Así, Texas pudo empezar a aplicar los delitos estatales de entrar o volver a entrar de forma ilegal, y las órdenes de los jueces estatales que mandan a una persona regresar al país del que vino. En nuestras fuentes no se confirmó qué pasó después.</translation>
    </message>
    <message>
        <source>Uthmeier v. Florida Immigrant Coalition (2025)</source>
        <extracomment>new-courts.json $.sources[3].title</extracomment>
        <translation>Uthmeier v. Florida Immigrant Coalition (2025)</translation>
    </message>
    <message>
        <source>The Supreme Court denied Florida&apos;s request to stay the preliminary injunction against SB 4-C, with no noted dissents, so the law stayed blocked. News reports say the Eleventh Circuit heard the state&apos;s appeal in October 2025; we did not find its decision in our sources.</source>
        <extracomment>new-courts.json $.sources[3].supports</extracomment>
        <translation>La Corte Suprema rechazó el pedido de Florida de suspender la medida cautelar contra la ley SB 4-C, sin votos disidentes anotados, así que la ley siguió bloqueada. Según informes de prensa, el Undécimo Circuito escuchó la apelación del estado en octubre de 2025; no encontramos su decisión en nuestras fuentes.</translation>
    </message>
    <message>
        <source>ACLU of Florida on SB 4-C and similar state laws (2025)</source>
        <extracomment>new-courts.json $.sources[4].title</extracomment>
        <translation>La ACLU de Florida sobre la ley SB 4-C y leyes estatales parecidas (2025)</translation>
    </message>
    <message>
        <source>Reports that, as of June 2025, courts had ruled against Florida&apos;s SB 4-C and similar state illegal-entry laws in Texas, Oklahoma, Idaho and Iowa, including appeals courts in the Fifth, Eighth and Eleventh Circuits. Their later status was not confirmed in our sources.</source>
        <extracomment>new-courts.json $.sources[4].supports</extracomment>
        <translation>Informa que, en junio de 2025, los tribunales habían fallado en contra de la ley SB 4-C de Florida y de leyes estatales parecidas sobre la entrada ilegal en Texas, Oklahoma, Idaho y Iowa, incluidos los tribunales de apelaciones del Quinto, el Octavo y el Undécimo Circuito. En nuestras fuentes no se confirmó qué pasó después.</translation>
    </message>
    <message>
        <source>Reports on more U.S. suits over sanctuary policies (2025)</source>
        <extracomment>new-courts.json $.sources[5].title</extracomment>
        <translation>Informes sobre más demandas de Estados Unidos por las políticas &quot;santuario&quot; (2025)</translation>
    </message>
    <message>
        <source>Reports that the United States also sued Colorado and Denver (May 2025), the city of Rochester, New York (2025) and Boston (September 2025), saying their limits on helping federal immigration enforcement are unlawful. The outcomes were not confirmed in our sources.</source>
        <extracomment>new-courts.json $.sources[5].supports</extracomment>
        <translation>Informan que Estados Unidos también demandó a Colorado y Denver (mayo de 2025), a la ciudad de Rochester, Nueva York (2025) y a Boston (septiembre de 2025), y alegó que sus límites a la ayuda al control migratorio federal son ilegales. Los resultados no se confirmaron en nuestras fuentes.</translation>
    </message>
    <message>
        <source>Reports on a 2026 ruling and a suit about ICE home entries</source>
        <extracomment>new-courts.json $.sources[6].title</extracomment>
        <translation>Informes sobre un fallo y una demanda de 2026 por entradas de ICE a viviendas</translation>
    </message>
    <message>
        <source>Report that in mid-January 2026 a federal judge in Minnesota found a Fourth Amendment violation when agents broke down a man&apos;s door and arrested him with only administrative immigration papers, with no consent and no judge&apos;s warrant; the judge did not rule on the 2025 ICE memo itself. They also report that two groups sued in Boston on January 30, 2026 to stop the memo&apos;s use; the outcome was not confirmed in our sources.</source>
        <extracomment>new-courts.json $.sources[6].supports</extracomment>
        <translation>Informan que, a mediados de enero de 2026, un juez federal de Minnesota concluyó que se violó la Cuarta Enmienda cuando unos agentes derribaron la puerta de un hombre y lo arrestaron solo con papeles administrativos de inmigración, sin consentimiento y sin una orden de un juez; el juez no decidió sobre el memorando de ICE de 2025 en sí. También informan que dos grupos presentaron una demanda en Boston el 30 de enero de 2026 para detener el uso del memorando; en nuestras fuentes no se confirmó el resultado.</translation>
    </message>
    <message>
        <source>ICE Online Detainee Locator System</source>
        <extracomment>new-detained.json $.sources[0].title</extracomment>
        <translation>Sistema de Localización de Detenidos en Línea de ICE</translation>
    </message>
    <message>
        <source>ICE&apos;s public search tool for adults in ICE custody. ICE says a search uses the A-number and country of birth, or the person&apos;s name and country of birth with the date of birth. The privacy policy says ICE does not use searches to identify the people who search or to enforce immigration law.</source>
        <extracomment>new-detained.json $.sources[0].supports</extracomment>
        <translation>La herramienta pública de ICE para buscar adultos bajo su custodia. ICE dice que se busca con el número A y el país de nacimiento, o con el nombre de la persona y su país de nacimiento, junto con la fecha de nacimiento. La política de privacidad dice que ICE no usa las búsquedas para identificar a quienes buscan ni para hacer cumplir las leyes de inmigración.</translation>
    </message>
    <message>
        <source>EOIR Automated Case Information</source>
        <extracomment>new-detained.json $.sources[1].title</extracomment>
        <translation>Información Automatizada de Casos de la EOIR</translation>
    </message>
    <message>
        <source>EOIR&apos;s website for immigration court and Board of Immigration Appeals case information, searched by A-number, in English and Spanish.</source>
        <extracomment>new-detained.json $.sources[1].supports</extracomment>
        <translation>El sitio web de la EOIR con información sobre casos en los tribunales de inmigración y en la Junta de Apelaciones de Inmigración. Se busca con el número A, en inglés y en español.</translation>
    </message>
    <message>
        <source>EOIR case information phone line</source>
        <extracomment>new-detained.json $.sources[2].title</extracomment>
        <translation>Línea telefónica de información de casos de la EOIR</translation>
    </message>
    <message>
        <source>EOIR&apos;s toll-free line, 1-800-898-7180, gives case information in English and Spanish, 24 hours a day: the next hearing, case processing and the judge&apos;s decision. Callers enter the A-number, which EOIR says is printed on all DHS and EOIR papers.</source>
        <extracomment>new-detained.json $.sources[2].supports</extracomment>
        <translation>La línea gratuita de la EOIR, 1-800-898-7180, da información sobre los casos en inglés y en español, las 24 horas del día: la próxima audiencia, el trámite del caso y la decisión del juez. Quien llama marca el número A, que según la EOIR aparece en todos los papeles del DHS y de la EOIR.</translation>
    </message>
    <message>
        <source>Immigration Court Practice Manual, ch. 1.6</source>
        <extracomment>new-detained.json $.sources[3].title</extracomment>
        <translation>Manual de práctica de los tribunales de inmigración, cap. 1.6</translation>
    </message>
    <message>
        <source>The automated case information line needs the nine-digit A-number (a 0 goes before an eight-digit number). It gives the next hearing and judges&apos; decisions, but no information about bond proceedings or motions.</source>
        <extracomment>new-detained.json $.sources[3].supports</extracomment>
        <translation>La línea automatizada de información de casos pide el número A de nueve dígitos (a un número de ocho dígitos se le pone un 0 delante). Da la próxima audiencia y las decisiones de los jueces, pero no tiene información sobre los procesos de fianza ni sobre las mociones.</translation>
    </message>
    <message>
        <source>BIA Practice Manual, ch. 2.4</source>
        <extracomment>new-detained.json $.sources[4].title</extracomment>
        <translation>Manual de práctica de la Junta de Apelaciones de Inmigración, cap. 2.4</translation>
    </message>
    <message>
        <source>A fully accredited representative is a non-lawyer approved to appear before the Board, the immigration courts and DHS; a partially accredited representative may appear only before DHS. Both must work for a recognized nonprofit organization (citing 8 C.F.R. §§1292.11, 1292.12).</source>
        <extracomment>new-detained.json $.sources[4].supports</extracomment>
        <translation>Un representante acreditado de manera completa es una persona que no es abogado y que está aprobada para presentarse ante la Junta, los tribunales de inmigración y el DHS. Un representante acreditado de manera parcial puede presentarse solo ante el DHS. Los dos tienen que trabajar para una organización reconocida sin fines de lucro (cita 8 C.F.R. §§1292.11, 1292.12).</translation>
    </message>
    <message>
        <source>8 C.F.R. §1292.12: full and partial accreditation</source>
        <extracomment>new-detained.json $.sources[5].title</extracomment>
        <translation>8 C.F.R. §1292.12: acreditación completa y parcial</translation>
    </message>
    <message>
        <source>The Justice Department accredits non-lawyers who work for a recognized organization, either fully (immigration courts, the Board of Immigration Appeals and DHS) or partially (DHS only), as EOIR&apos;s Board of Immigration Appeals Practice Manual describes the rule.</source>
        <extracomment>new-detained.json $.sources[5].supports</extracomment>
        <translation>El Departamento de Justicia acredita a personas que no son abogados y que trabajan para una organización reconocida. La acreditación puede ser completa (tribunales de inmigración, Junta de Apelaciones de Inmigración y DHS) o parcial (solo el DHS), según describe la regla el manual de práctica de la Junta de Apelaciones de Inmigración de la EOIR.</translation>
    </message>
    <message>
        <source>Vienna Convention on Consular Relations, art. 36</source>
        <extracomment>new-detained.json $.sources[6].title</extracomment>
        <translation>Convención de Viena sobre Relaciones Consulares, art. 36</translation>
    </message>
    <message>
        <source>A treaty to which the United States is a party. When a foreign national is arrested or detained, officials must tell the person without delay that they may have their consulate informed, inform the consulate if the person asks, and let consular officers visit and arrange legal representation.</source>
        <extracomment>new-detained.json $.sources[6].supports</extracomment>
        <translation>Un tratado del que Estados Unidos es parte. Cuando arrestan o detienen a un extranjero, los funcionarios deben decirle sin demora que puede pedir que se avise a su consulado, deben avisar al consulado si la persona lo pide, y deben dejar que los funcionarios consulares la visiten y le consigan representación legal.</translation>
    </message>
    <message>
        <source>State Department: Consular Notification and Access</source>
        <extracomment>new-detained.json $.sources[7].title</extracomment>
        <translation>Departamento de Estado: Notificación y acceso consular</translation>
    </message>
    <message>
        <source>Foreign nationals who are arrested or detained must be told they may have their consulate notified; for a list of countries, officials must notify the consulate whatever the person wishes. Consular officials may check on the person, contact family and help ensure legal representation.</source>
        <extracomment>new-detained.json $.sources[7].supports</extracomment>
        <translation>A los extranjeros que son arrestados o detenidos hay que decirles que pueden pedir que se avise a su consulado. Para una lista de países, los funcionarios deben avisar al consulado, quiera o no la persona. Los funcionarios consulares pueden ver cómo está la persona, comunicarse con su familia y ayudar a que tenga representación legal.</translation>
    </message>
    <message>
        <source>DHS Inspector General on ICE transfers (2009)</source>
        <extracomment>new-detained.json $.sources[8].title</extracomment>
        <translation>El Inspector General del DHS sobre los traslados de ICE (2009)</translation>
    </message>
    <message>
        <source>Found that ICE transfer decisions at detention facilities did not follow a consistent process, which led to errors, delays and confusion for detainees, their families and their lawyers.</source>
        <extracomment>new-detained.json $.sources[8].supports</extracomment>
        <translation>Encontró que las decisiones de ICE sobre traslados en los centros de detención no seguían un proceso uniforme. Eso causó errores, demoras y confusión para los detenidos, sus familias y sus abogados.</translation>
    </message>
    <message>
        <source>ICE interim guidance on detention without bond (July 2025)</source>
        <extracomment>new-detention.json $.sources[0].title</extracomment>
        <translation>Guía provisional de ICE sobre la detención sin fianza (julio de 2025)</translation>
    </message>
    <message>
        <source>As reported, told ICE officers to treat people who entered without inspection, even years ago, as applicants for admission held under §1225(b)(2)(A), who may not be released on bond and may leave custody only if ICE paroles them.</source>
        <extracomment>new-detention.json $.sources[0].supports</extracomment>
        <translation>Según informes, dijo a los agentes de ICE que trataran a quienes entraron sin inspección, aunque haya sido hace años, como solicitantes de admisión detenidos según la §1225(b)(2)(A). No pueden salir con fianza y solo pueden salir si ICE les da un permiso (parole).</translation>
    </message>
    <message>
        <source>AILA practice alert on Maldonado Bautista (January 2026)</source>
        <extracomment>new-detention.json $.sources[1].title</extracomment>
        <translation>Alerta de AILA sobre Maldonado Bautista (enero de 2026)</translation>
    </message>
    <message>
        <source>Reports that on January 13, 2026 the Chief Immigration Judge told immigration judges that the Maldonado Bautista ruling was not a nationwide injunction and did not set aside Matter of Yajure Hurtado, which they were to keep following; that lawyers saw bond hearings widely denied; that class membership must be shown; and that proof of housing, family and community ties supports a bond request.</source>
        <extracomment>new-detention.json $.sources[1].supports</extracomment>
        <translation>Informa que el 13 de enero de 2026 la jueza principal de inmigración dijo a los jueces de inmigración que el fallo de Maldonado Bautista no era una orden para frenar algo en todo el país (nationwide injunction) y no anulaba Matter of Yajure Hurtado, que debían seguir aplicando. Dice que los abogados vieron que se negaban muchas audiencias de fianza, que hay que probar que la persona está en la demanda colectiva y que ayudan las pruebas de vivienda, familia y lazos con la comunidad.</translation>
    </message>
    <message>
        <source>Avila v. Bondi (8th Cir. 2026)</source>
        <extracomment>new-detention.json $.sources[2].title</extracomment>
        <translation>Avila v. Bondi (8th Cir. 2026)</translation>
    </message>
    <message>
        <source>As reported, reversed a Minnesota district court and held that a man who entered without inspection years earlier was an applicant for admission held under §1225(b)(2)(A) without a bond hearing, agreeing with the Fifth Circuit.</source>
        <extracomment>new-detention.json $.sources[2].supports</extracomment>
        <translation>Según informes, anuló la decisión de un tribunal de Minnesota. Dijo que un hombre que entró sin inspección años antes era un solicitante de admisión detenido según la §1225(b)(2)(A), sin audiencia de fianza, igual que dijo el Quinto Circuito.</translation>
    </message>
    <message>
        <source>Cunha v. Freden (2d Cir. 2026)</source>
        <extracomment>new-detention.json $.sources[3].title</extracomment>
        <translation>Cunha v. Freden (2d Cir. 2026)</translation>
    </message>
    <message>
        <source>As reported, rejected the government&apos;s reading of §1225(b)(2)(A) for people who entered without inspection and live in the interior, breaking with the Fifth and Eighth Circuits.</source>
        <extracomment>new-detention.json $.sources[3].supports</extracomment>
        <translation>Según informes, rechazó la lectura del gobierno de la §1225(b)(2)(A) para quienes entraron sin inspección y viven dentro del país. Así se apartó del Quinto y del Octavo Circuito.</translation>
    </message>
    <message>
        <source>Genalo v. Black (Supreme Court, review granted 2026)</source>
        <extracomment>new-detention.json $.sources[4].title</extracomment>
        <translation>Genalo v. Black (Corte Suprema, revisión aceptada en 2026)</translation>
    </message>
    <message>
        <source>As reported, the Supreme Court agreed to decide whether people held for a long time under §1226(c), including lawful permanent residents, have a constitutional right to a bond hearing. No decision was found in this app&apos;s sources.</source>
        <extracomment>new-detention.json $.sources[4].supports</extracomment>
        <translation>Según informes, la Corte Suprema aceptó decidir si las personas detenidas por mucho tiempo según la §1226(c), incluidos los residentes permanentes, tienen derecho por la Constitución a una audiencia de fianza. Las fuentes de esta aplicación no muestran una decisión.</translation>
    </message>
    <message>
        <source>Johnson v. Guzman Chavez (2021)</source>
        <extracomment>new-detention.json $.sources[5].title</extracomment>
        <translation>Johnson v. Guzman Chavez (2021)</translation>
    </message>
    <message>
        <source>People whose earlier removal orders were reinstated, and who seek protection from being sent to a particular country, are held under §1231, not §1226, so the §1226 bond hearing does not apply to them.</source>
        <extracomment>new-detention.json $.sources[5].supports</extracomment>
        <translation>Las personas a quienes les volvieron a aplicar una orden de deportación anterior, y que piden no ser enviadas a cierto país, están detenidas según la §1231, no la §1226. Por eso no tienen la audiencia de fianza de la §1226.</translation>
    </message>
    <message>
        <source>Make the Road New York v. Noem (D.D.C. 2025)</source>
        <extracomment>new-detention.json $.sources[6].title</extracomment>
        <translation>Make the Road New York v. Noem (D.D.C. 2025)</translation>
    </message>
    <message>
        <source>As reported, paused (stayed) the January 2025 expansion of expedited removal, finding that its procedures likely did not give due process to people living in the interior of the country.</source>
        <extracomment>new-detention.json $.sources[6].supports</extracomment>
        <translation>Según informes, frenó (suspendió) la expansión de la deportación acelerada de enero de 2025. La jueza vio que sus procedimientos probablemente no daban el debido proceso a las personas que viven dentro del país.</translation>
    </message>
    <message>
        <source>Make the Road New York v. Mullin (D.C. Cir. 2026)</source>
        <extracomment>new-detention.json $.sources[7].title</extracomment>
        <translation>Make the Road New York v. Mullin (D.C. Cir. 2026)</translation>
    </message>
    <message>
        <source>As reported, a divided panel set aside the district court&apos;s August 2025 stay, so the nationwide use of expedited removal could resume.</source>
        <extracomment>new-detention.json $.sources[7].supports</extracomment>
        <translation>Según informes, una sala dividida anuló la suspensión que dio el tribunal de distrito en agosto de 2025. Así se pudo volver a usar la deportación acelerada en todo el país.</translation>
    </message>
    <message>
        <source>Law-firm guides on proof of two years&apos; presence (2025)</source>
        <extracomment>new-detention.json $.sources[8].title</extracomment>
        <translation>Guías de bufetes sobre cómo probar dos años en el país (2025)</translation>
    </message>
    <message>
        <source>Immigration lawyers tell people who entered without inspection to gather dated papers in their name (leases, bills, pay stubs, tax, bank, school, medical and church records) showing two years in the United States, and to keep them ready in paper and digital form.</source>
        <extracomment>new-detention.json $.sources[8].supports</extracomment>
        <translation>Abogados de inmigración dicen a quienes entraron sin inspección que junten papeles con su nombre y una fecha (contratos de renta, facturas, talones de pago, papeles de impuestos, del banco, de la escuela, médicos y de la iglesia) que muestren dos años en Estados Unidos. También dicen que los tengan listos en papel y en forma digital.</translation>
    </message>
    <message>
        <source>Star Tribune on transfers to Texas (2026)</source>
        <extracomment>new-detention.json $.sources[9].title</extracomment>
        <translation>Star Tribune sobre los traslados a Texas (2026)</translation>
    </message>
    <message>
        <source>Reports that many people arrested in Minnesota were moved to Texas detention centers, where the Fifth Circuit&apos;s February 6, 2026 ruling meant they were not being released on bond.</source>
        <extracomment>new-detention.json $.sources[9].supports</extracomment>
        <translation>Informa que a muchas personas arrestadas en Minnesota las llevaron a centros de detención en Texas. Allí, por el fallo del Quinto Circuito del 6 de febrero de 2026, no las dejaban salir con fianza.</translation>
    </message>
    <message>
        <source>Federal Tort Claims Act: the claim and its deadlines</source>
        <extracomment>new-detention.json $.sources[10].title</extracomment>
        <translation>Ley Federal de Reclamos por Daños: el reclamo y sus plazos</translation>
    </message>
    <message>
        <source>A claim for money against the United States must first be presented in writing to the agency, by an executed Standard Form 95 or other written notice with a sum certain, within two years; a lawsuit may follow only after the agency denies it or six months pass; §2680(h) allows claims for false arrest and false imprisonment by federal law-enforcement officers.</source>
        <extracomment>new-detention.json $.sources[10].supports</extracomment>
        <translation>Un reclamo de dinero contra Estados Unidos primero se presenta por escrito a la agencia, con el Formulario Estándar 95 firmado u otro aviso escrito con una cantidad exacta, dentro de dos años. Solo se puede demandar después de que la agencia lo niegue o pasen seis meses. La §2680(h) permite reclamos por arresto o detención ilegal hechos por agentes federales.</translation>
    </message>
    <message>
        <source>42 U.S.C. §1983: suits against state and local officials</source>
        <extracomment>new-detention.json $.sources[11].title</extracomment>
        <translation>42 U.S.C. §1983: demandas contra funcionarios estatales y locales</translation>
    </message>
    <message>
        <source>A person acting under color of state or local law who deprives someone of federal rights can be sued for damages or other relief.</source>
        <extracomment>new-detention.json $.sources[11].supports</extracomment>
        <translation>A quien actúa con autoridad de una ley estatal o local y le quita a alguien sus derechos federales se le puede demandar por daños o para otra reparación.</translation>
    </message>
    <message>
        <source>ACLU of Southern California: ICE agents at your door</source>
        <extracomment>new-kyr.json $.sources[0].title</extracomment>
        <translation>ACLU del Sur de California: agentes de ICE en su puerta</translation>
    </message>
    <message>
        <source>Know-your-rights guidance: do not open the door; ask officers to slip the warrant under the door or hold it up to a window; an arrest warrant lets police enter the home of the person named if they believe that person is inside; a search warrant covers only the address, areas and items listed; a removal warrant (Form I-205) does not allow entry without consent; if officers force their way in, do not resist; you can stay silent.</source>
        <extracomment>new-kyr.json $.sources[0].supports</extracomment>
        <translation>Guía de &quot;conozca sus derechos&quot;: no abra la puerta; pida a los agentes que pasen la orden por debajo de la puerta o que la muestren por una ventana; una orden de arresto permite a la policía entrar a la casa de la persona nombrada si cree que esa persona está adentro; una orden de registro solo cubre la dirección, las áreas y las cosas que menciona; una orden de deportación (Formulario I-205) no permite entrar sin consentimiento; si los agentes entran por la fuerza, no se resista; puede guardar silencio.</translation>
    </message>
    <message>
        <source>ACLU of Missouri: your rights and law enforcement</source>
        <extracomment>new-kyr.json $.sources[1].title</extracomment>
        <translation>ACLU de Missouri: sus derechos ante la policía</translation>
    </message>
    <message>
        <source>Know-your-rights guidance for stops on the street and in a car: stay calm, do not run or resist, keep hands visible; ask if you are free to leave; you may refuse consent to a search, though officers may pat down clothing for weapons; show license, registration and proof of insurance in a traffic stop; drivers and passengers may stay silent; local laws may require you to identify yourself; remember the details of the encounter.</source>
        <extracomment>new-kyr.json $.sources[1].supports</extracomment>
        <translation>Guía de &quot;conozca sus derechos&quot; para paradas en la calle y en el carro: mantenga la calma, no corra ni se resista, mantenga las manos a la vista; pregunte si se puede ir; puede negarse a un registro, aunque los agentes pueden palpar la ropa en busca de armas; muestre la licencia, el registro del vehículo y el comprobante de seguro en una parada de tránsito; quien maneja y los pasajeros pueden guardar silencio; las leyes locales pueden exigir que se identifique; recuerde los detalles del encuentro.</translation>
    </message>
    <message>
        <source>ACLU of Arkansas: know your rights for immigrants</source>
        <extracomment>new-kyr.json $.sources[2].title</extracomment>
        <translation>ACLU de Arkansas: conozca sus derechos como inmigrante</translation>
    </message>
    <message>
        <source>Know-your-rights guidance for immigrants: carry valid papers, and if over 18 carry immigration papers; do not carry fake IDs or false documents; you do not have to answer questions about where you were born or how you entered (separate rules at borders and airports); make a family plan, including sharing your A-number and emergency contacts.</source>
        <extracomment>new-kyr.json $.sources[2].supports</extracomment>
        <translation>Guía de &quot;conozca sus derechos&quot; para inmigrantes: lleve papeles válidos y, si tiene más de 18 años, sus papeles de inmigración; no lleve identificaciones falsas ni documentos falsos; no tiene que contestar preguntas sobre dónde nació ni cómo entró (en fronteras y aeropuertos hay otras reglas); haga un plan familiar, que incluya compartir su número A y contactos de emergencia.</translation>
    </message>
    <message>
        <source>New York Attorney General: ICE in the workplace (2025)</source>
        <extracomment>new-kyr.json $.sources[3].title</extracomment>
        <translation>Fiscal General de Nueva York: ICE en el lugar de trabajo (2025)</translation>
    </message>
    <message>
        <source>Explains that ICE may enter the public areas of a workplace without a warrant, but may not legally enter private, employees-only areas without a judicial warrant or the employer&apos;s permission, and that New York labor laws protect workers regardless of immigration status.</source>
        <extracomment>new-kyr.json $.sources[3].supports</extracomment>
        <translation>Explica que ICE puede entrar sin orden a las áreas públicas de un lugar de trabajo, pero no puede entrar legalmente a las áreas privadas, solo para empleados, sin una orden judicial o el permiso del empleador, y que las leyes laborales de Nueva York protegen a los trabajadores sin importar su estatus migratorio.</translation>
    </message>
    <message>
        <source>DHS ends the protected-areas policy (2025)</source>
        <extracomment>new-kyr.json $.sources[4].title</extracomment>
        <translation>El DHS pone fin a la política de lugares protegidos (2025)</translation>
    </message>
    <message>
        <source>Rescinds the October 27, 2021 guidelines that limited enforcement actions in or near protected areas such as schools, health care facilities and places of worship, and tells officers to use discretion and &quot;common sense&quot; instead of bright-line rules.</source>
        <extracomment>new-kyr.json $.sources[4].supports</extracomment>
        <translation>Anula las pautas del 27 de octubre de 2021 que limitaban las acciones de control migratorio en lugares protegidos o cerca de ellos, como escuelas, centros de salud y lugares de culto, y pide a los agentes que usen su criterio y el &quot;sentido común&quot; en vez de reglas fijas.</translation>
    </message>
    <message>
        <source>NILC fact sheet on the end of protected areas (2025)</source>
        <extracomment>new-kyr.json $.sources[5].title</extracomment>
        <translation>Hoja informativa del NILC sobre el fin de los lugares protegidos (2025)</translation>
    </message>
    <message>
        <source>Explains that on January 20, 2025 the administration rescinded the policy, in place in some form since 2011, that kept most immigration enforcement away from places such as schools, hospitals and places of worship, and describes which laws still apply in those places.</source>
        <extracomment>new-kyr.json $.sources[5].supports</extracomment>
        <translation>Explica que el 20 de enero de 2025 el gobierno anuló la política, vigente de alguna forma desde 2011, que mantenía la mayor parte del control migratorio lejos de lugares como escuelas, hospitales y lugares de culto, y describe qué leyes siguen aplicándose en esos lugares.</translation>
    </message>
    <message>
        <source>ILRC family preparedness plan</source>
        <extracomment>new-kyr.json $.sources[6].title</extracomment>
        <translation>Plan de preparación familiar del ILRC</translation>
    </message>
    <message>
        <source>A toolkit for immigrant families: choosing a back-up caregiver for children and the legal options for doing so (which differ by state), keeping important documents together, emergency contacts, and preparing to assert constitutional rights.</source>
        <extracomment>new-kyr.json $.sources[6].supports</extracomment>
        <translation>Una guía para familias inmigrantes: cómo elegir a un cuidador de reserva para los hijos y las opciones legales para hacerlo (que cambian según el estado), cómo tener juntos los documentos importantes, los contactos de emergencia y cómo prepararse para hacer valer los derechos constitucionales.</translation>
    </message>
    <message>
        <source>18 U.S.C. §1001: false statements to the federal government</source>
        <extracomment>new-kyr.json $.sources[7].title</extracomment>
        <translation>18 U.S.C. §1001: declaraciones falsas al gobierno federal</translation>
    </message>
    <message>
        <source>Makes it a federal crime to knowingly and willfully make a materially false statement, or use a false document, in a matter within the jurisdiction of the federal government.</source>
        <extracomment>new-kyr.json $.sources[7].supports</extracomment>
        <translation>Hace que sea un delito federal hacer a sabiendas y a propósito una declaración falsa importante, o usar un documento falso, en un asunto que depende del gobierno federal.</translation>
    </message>
    <message>
        <source>18 U.S.C. §1546: fraud and misuse of immigration documents</source>
        <extracomment>new-kyr.json $.sources[8].title</extracomment>
        <translation>18 U.S.C. §1546: fraude y mal uso de documentos de inmigración</translation>
    </message>
    <message>
        <source>Makes it a federal crime to forge, or knowingly use or possess, a false visa, permit, alien registration card or other document used as evidence of authorized stay or work.</source>
        <extracomment>new-kyr.json $.sources[8].supports</extracomment>
        <translation>Hace que sea un delito federal falsificar, o usar o tener a sabiendas, una visa, un permiso, una tarjeta de registro de extranjero u otro documento falso que sirva como prueba de permanencia o de trabajo autorizados.</translation>
    </message>
    <message>
        <source>Report of an April 2026 ACLU suit over the ICE home-entry memo</source>
        <extracomment>new-kyr.json $.sources[9].title</extracomment>
        <translation>Información sobre una demanda de la ACLU de abril de 2026 contra el memorando de ICE sobre entradas a casas</translation>
    </message>
    <message>
        <source>One explainer site reports that the ACLU and several ACLU affiliates sued over the I-205 home-entry memo on April 2, 2026. We could not confirm this suit, its court or its outcome in other sources.</source>
        <extracomment>new-kyr.json $.sources[9].supports</extracomment>
        <translation>Un sitio web explicativo informa que la ACLU y varias de sus filiales demandaron por el memorando del I-205 sobre entradas a casas el 2 de abril de 2026. No pudimos confirmar esta demanda, su tribunal ni su resultado en otras fuentes.</translation>
    </message>
    <message>
        <source>A.A.R.P. v. Trump (2025)</source>
        <extracomment>new-mandamus.json $.sources[0].title</extracomment>
        <translation>A.A.R.P. v. Trump (2025)</translation>
    </message>
    <message>
        <source>In an Alien Enemies Act case, the Court said notice given about 24 hours before removal, with no information on how to contest it, does not meet due process. It barred removal of the named detainees and the proposed class under that Act for the time being and sent the question of what notice is due back to the Fifth Circuit.</source>
        <extracomment>new-mandamus.json $.sources[0].supports</extracomment>
        <translation>En un caso sobre la Alien Enemies Act (Ley de Enemigos Extranjeros), la Corte dijo que un aviso dado unas 24 horas antes de la deportación, sin información sobre cómo impugnarla, no cumple con el debido proceso. Prohibió por el momento deportar bajo esa ley a los detenidos que demandaron y al grupo propuesto. Devolvió al Quinto Circuito la pregunta de qué aviso se debe dar.</translation>
    </message>
    <message>
        <source>8 U.S.C. §1158: asylum time limits that create no enforceable right</source>
        <extracomment>new-mandamus.json $.sources[1].title</extracomment>
        <translation>8 U.S.C. §1158: plazos de asilo que no crean un derecho exigible</translation>
    </message>
    <message>
        <source>The asylum law says that, absent exceptional circumstances, the interview should take place within 45 days and the decision within 180 days of filing. It also says that nothing in that subsection creates a right or benefit that anyone can enforce against the government.</source>
        <extracomment>new-mandamus.json $.sources[1].supports</extracomment>
        <translation>La ley de asilo dice que, salvo circunstancias excepcionales, la entrevista debe hacerse dentro de 45 días y la decisión dentro de 180 días desde la solicitud. También dice que nada en esa parte de la ley crea un derecho o beneficio que alguien pueda exigir al gobierno.</translation>
    </message>
    <message>
        <source>28 U.S.C. §2242: who signs a habeas petition</source>
        <extracomment>new-mandamus.json $.sources[2].title</extracomment>
        <translation>28 U.S.C. §2242: quién firma una petición de hábeas corpus</translation>
    </message>
    <message>
        <source>A habeas petition is signed and verified by the person held or by someone acting for them, so a person may file one without a lawyer. It must state the facts of the detention.</source>
        <extracomment>new-mandamus.json $.sources[2].supports</extracomment>
        <translation>La petición de hábeas corpus la firma y la verifica la persona detenida o alguien que actúa en su nombre, así que una persona puede presentarla sin abogado. Debe explicar los hechos de la detención.</translation>
    </message>
    <message>
        <source>AIC and AILA, asylum delay actions practice advisory (2022)</source>
        <extracomment>new-mandamus.json $.sources[3].title</extracomment>
        <translation>AIC y AILA: guía para abogados sobre demandas por demoras en casos de asilo (2022)</translation>
    </message>
    <message>
        <source>A guide for lawyers on asylum delay suits under the APA and the Mandamus Act. It says many such suits lead the agency to act, but warns of several published decisions against asylum seekers.</source>
        <extracomment>new-mandamus.json $.sources[3].supports</extracomment>
        <translation>Es una guía para abogados sobre demandas por demoras en casos de asilo bajo la APA y la Mandamus Act. Dice que muchas de estas demandas hacen que la agencia actúe, pero advierte sobre varias decisiones publicadas en contra de solicitantes de asilo.</translation>
    </message>
    <message>
        <source>Gebeyehu v. Jaddou (W.D. Wash. 2024)</source>
        <extracomment>new-mandamus.json $.sources[4].title</extracomment>
        <translation>Gebeyehu v. Jaddou (W.D. Wash. 2024)</translation>
    </message>
    <message>
        <source>As summarized, the court found that USCIS had no duty to decide an asylum application by a set date and that its &quot;last in, first out&quot; scheduling is a rule of reason under the TRAC factors, and ruled against the delay claims.</source>
        <extracomment>new-mandamus.json $.sources[4].supports</extracomment>
        <translation>Según ese resumen, el tribunal concluyó que USCIS no tenía el deber de decidir una solicitud de asilo en una fecha fija y que su sistema de programar primero los casos más nuevos (&quot;last in, first out&quot;) es un criterio razonable según los factores TRAC. Falló en contra de los reclamos por demora.</translation>
    </message>
    <message>
        <source>Yilmaz v. Jaddou (C.D. Cal. 2023)</source>
        <extracomment>new-mandamus.json $.sources[5].title</extracomment>
        <translation>Yilmaz v. Jaddou (C.D. Cal. 2023)</translation>
    </message>
    <message>
        <source>The court dismissed with prejudice a suit over an asylum application pending for more than three and a half years, holding that the statutory asylum time limits create no enforceable right and that the agency&apos;s scheduling system made the delay not unreasonable.</source>
        <extracomment>new-mandamus.json $.sources[5].supports</extracomment>
        <translation>El tribunal desestimó de forma definitiva una demanda sobre una solicitud de asilo pendiente por más de tres años y medio. Dijo que los plazos de asilo de la ley no crean un derecho exigible y que, como la agencia usaba un sistema de programación racional, la demora no era irrazonable.</translation>
    </message>
    <message>
        <source>ICE guidance for completing Form I-247A (2017)</source>
        <extracomment>new-partnerships.json $.sources[0].title</extracomment>
        <translation>Guía de ICE para llenar el Formulario I-247A (2017)</translation>
    </message>
    <message>
        <source>When Box 1 is checked, Form I-247A asks the receiving agency to notify DHS before the person is released and to keep the person for no more than 48 hours beyond the time he or she would otherwise have been released. The guidance says a copy of the form must be served on the person for the detainer to take effect. It replaced Forms I-247D, I-247N and I-247X.</source>
        <extracomment>new-partnerships.json $.sources[0].supports</extracomment>
        <translation>Cuando se marca la casilla 1, el Formulario I-247A pide a la agencia que lo recibe que avise al DHS antes de que la persona salga y que la mantenga bajo custodia no más de 48 horas después de la hora en que habría salido libre. La guía dice que se debe dar una copia del formulario a la persona para que la orden de retención tenga efecto. Reemplazó los formularios I-247D, I-247N e I-247X.</translation>
    </message>
    <message>
        <source>Executive Order 13993 (2021)</source>
        <extracomment>new-partnerships.json $.sources[1].title</extracomment>
        <translation>Orden Ejecutiva 13993 (2021)</translation>
    </message>
    <message>
        <source>Section 2 revoked Executive Order 13768 of January 25, 2017. Executive Order 14159, section 3(a), signed January 20, 2025, later revoked Executive Order 13993.</source>
        <extracomment>new-partnerships.json $.sources[1].supports</extracomment>
        <translation>La sección 2 anuló la Orden Ejecutiva 13768 del 25 de enero de 2017. Más tarde, la Orden Ejecutiva 14159, en su sección 3(a), firmada el 20 de enero de 2025, anuló la Orden Ejecutiva 13993.</translation>
    </message>
    <message>
        <source>Ocean County v. Attorney General of New Jersey (2021)</source>
        <extracomment>new-partnerships.json $.sources[2].title</extracomment>
        <translation>Ocean County v. Attorney General of New Jersey (2021)</translation>
    </message>
    <message>
        <source>New Jersey&apos;s Immigrant Trust Directive (Law Enforcement Directive 2018-6) limits what state and local police share with federal immigration authorities and bars 287(g) agreements. On August 9, 2021 the court affirmed the dismissal of two counties&apos; claims that 8 U.S.C. §§1373 and 1644 preempt the Directive, because those laws regulate only states, not private actors.</source>
        <extracomment>new-partnerships.json $.sources[2].supports</extracomment>
        <translation>La Directiva de Confianza para Inmigrantes de Nueva Jersey (Directiva 2018-6) limita lo que la policía estatal y local comparte con las autoridades federales de inmigración y prohíbe los acuerdos 287(g). El 9 de agosto de 2021, el tribunal confirmó el rechazo de las demandas de dos condados. Estos decían que 8 U.S.C. §§1373 y 1644 prevalecen sobre la Directiva. El tribunal dijo que esas leyes solo regulan a los estados, no a los particulares.</translation>
    </message>
    <message>
        <source>College of Coastal Georgia on 287(g) partnerships (2025)</source>
        <extracomment>new-partnerships.json $.sources[3].title</extracomment>
        <translation>College of Coastal Georgia sobre los acuerdos 287(g) (2025)</translation>
    </message>
    <message>
        <source>As of June 2025, California, Connecticut, Illinois, New Jersey, Oregon and Washington had no 287(g) agreements because state law forbids them.</source>
        <extracomment>new-partnerships.json $.sources[3].supports</extracomment>
        <translation>En junio de 2025, California, Connecticut, Illinois, Nueva Jersey, Oregón y Washington no tenían acuerdos 287(g) porque la ley estatal los prohíbe.</translation>
    </message>
    <message>
        <source>AP and Washington Post on state bans of 287(g) agreements (Feb. 2026)</source>
        <extracomment>new-partnerships.json $.sources[4].title</extracomment>
        <translation>AP y The Washington Post sobre las prohibiciones estatales de los acuerdos 287(g) (febrero de 2026)</translation>
    </message>
    <message>
        <source>AP reported that ten Democratic-led states had statewide policies barring officers from 287(g) cooperation; that New Mexico signed a ban in February 2026 and Maine&apos;s took effect in January 2026; that Maryland&apos;s law, signed in February 2026, ended agreements at once; and that Virginia&apos;s governor ended state-agency agreements but not those of local sheriffs. The Washington Post listed Washington, Illinois, California, Oregon, New Jersey, Maine, Delaware and Connecticut as states that prohibit or restrict such agreements.</source>
        <extracomment>new-partnerships.json $.sources[4].supports</extracomment>
        <translation>AP informó que diez estados gobernados por demócratas tenían políticas estatales que impiden a sus agentes participar en el 287(g). También informó que Nuevo México firmó una prohibición en febrero de 2026 y que la de Maine entró en vigor en enero de 2026. La ley de Maryland, firmada en febrero de 2026, terminó los acuerdos de inmediato. La gobernadora de Virginia terminó los acuerdos de las agencias del estado, pero no los de los alguaciles locales. The Washington Post nombró a Washington, Illinois, California, Oregón, Nueva Jersey, Maine, Delaware y Connecticut como estados que prohíben o limitan estos acuerdos.</translation>
    </message>
    <message>
        <source>Gerstein v. Pugh (1975)</source>
        <extracomment>new-reference.json $.sources[0].title</extracomment>
        <translation>Gerstein v. Pugh (1975)</translation>
    </message>
    <message>
        <source>The Fourth Amendment requires a judge to decide, promptly, whether there is probable cause before a person arrested without a warrant can be held for long. The Court describes probable cause as facts and circumstances that would lead a careful person to believe the suspect committed a crime.</source>
        <extracomment>new-reference.json $.sources[0].supports</extracomment>
        <translation>La Cuarta Enmienda exige que un juez decida pronto si hay causa probable antes de que una persona arrestada sin orden de un juez quede detenida por mucho tiempo. La Corte describe la causa probable como hechos y circunstancias que harían creer a una persona prudente que el sospechoso cometió un delito.</translation>
    </message>
    <message>
        <source>28 U.S.C. §2201: declaratory judgments</source>
        <extracomment>new-reference.json $.sources[1].title</extracomment>
        <translation>28 U.S.C. §2201: sentencias declaratorias</translation>
    </message>
    <message>
        <source>In a real dispute within its power, a federal court may declare the rights and legal relations of a party, whether or not other relief is asked for. The declaration has the force of a final judgment.</source>
        <extracomment>new-reference.json $.sources[1].supports</extracomment>
        <translation>En una disputa real que esté dentro de su competencia, un tribunal federal puede declarar los derechos y las relaciones legales de una parte, se pida o no otra medida. La declaración tiene la fuerza de una sentencia final.</translation>
    </message>
    <message>
        <source>8 U.S.C. §1229a: removal proceedings</source>
        <extracomment>new-reference.json $.sources[2].title</extracomment>
        <translation>8 U.S.C. §1229a: procesos de deportación</translation>
    </message>
    <message>
        <source>An immigration judge holds removal proceedings and decides whether a person can be removed from the United States.</source>
        <extracomment>new-reference.json $.sources[2].supports</extracomment>
        <translation>Un juez de inmigración lleva los procesos de deportación y decide si una persona puede ser deportada de Estados Unidos.</translation>
    </message>
    <message>
        <source>8 U.S.C. §1231: removal after a removal order</source>
        <extracomment>new-reference.json $.sources[3].title</extracomment>
        <translation>8 U.S.C. §1231: la deportación después de una orden de deportación</translation>
    </message>
    <message>
        <source>Homeland Security Act of 2002</source>
        <extracomment>new-reference.json $.sources[4].title</extracomment>
        <translation>Ley de Seguridad Nacional de 2002 (Homeland Security Act)</translation>
    </message>
    <message>
        <source>Created the Department of Homeland Security as an executive department (6 U.S.C. §111) and, within it, the bureau for citizenship and immigration services that now works as USCIS (6 U.S.C. §271).</source>
        <extracomment>new-reference.json $.sources[4].supports</extracomment>
        <translation>Creó el Departamento de Seguridad Nacional como departamento ejecutivo (6 U.S.C. §111) y, dentro de él, la oficina de servicios de ciudadanía e inmigración que hoy funciona como USCIS (6 U.S.C. §271).</translation>
    </message>
    <message>
        <source>Federal Rule of Appellate Procedure 40 and 28 U.S.C. §46(c): rehearing en banc</source>
        <extracomment>new-reference.json $.sources[5].title</extracomment>
        <translation>Regla 40 de las Reglas Federales de Procedimiento de Apelación y 28 U.S.C. §46(c): volver a ver un caso en pleno (en banc)</translation>
    </message>
    <message>
        <source>A majority of an appeals court&apos;s active judges may order a case reheard en banc, and rehearing en banc is not favored. Under 28 U.S.C. §46(c), cases are heard by panels of three unless the court orders a hearing in banc; a court with more than 15 active judges may use a smaller en banc group.</source>
        <extracomment>new-reference.json $.sources[5].supports</extracomment>
        <translation>La mayoría de los jueces activos de un tribunal de apelaciones puede ordenar que un caso se vuelva a ver en pleno (en banc), y eso no es lo habitual. Según 28 U.S.C. §46(c), los casos los ven paneles de tres jueces, salvo que el tribunal ordene verlos en pleno; un tribunal con más de 15 jueces activos puede usar un grupo más pequeño para ver casos en pleno.</translation>
    </message>
    <message>
        <source>Executive Order 14148 (2025)</source>
        <extracomment>new-reference.json $.sources[6].title</extracomment>
        <translation>Orden Ejecutiva 14148 (2025)</translation>
    </message>
    <message>
        <source>Revoked a long list of orders from 2021 to 2024. Policy summaries, such as the Economic Policy Institute&apos;s, list Executive Order 13993 among them.</source>
        <extracomment>new-reference.json $.sources[6].supports</extracomment>
        <translation>Revocó una larga lista de órdenes de 2021 a 2024. Algunos resúmenes de políticas, como el del Economic Policy Institute, incluyen en esa lista la Orden Ejecutiva 13993.</translation>
    </message>
    <message>
        <source>The January 2025 expedited removal designation</source>
        <extracomment>new-reference.json $.sources[7].title</extracomment>
        <translation>La ampliación de la deportación acelerada de enero de 2025</translation>
    </message>
    <message>
        <source>Expanded expedited removal to the full reach of the statute: with limited exceptions, people found inadmissible under INA §212(a)(6)(C) or (a)(7), not admitted or paroled, who cannot show two years of continuous presence, anywhere in the country.</source>
        <extracomment>new-reference.json $.sources[7].supports</extracomment>
        <translation>Amplió la deportación acelerada (expedited removal) a todo lo que permite la ley: con pocas excepciones, se aplica en todo el país a las personas consideradas inadmisibles según la INA §212(a)(6)(C) o (a)(7), que no fueron admitidas ni recibieron permiso de permanencia temporal (parole), y que no pueden demostrar dos años de presencia continua.</translation>
    </message>
    <message>
        <source>Reports on the 2021 dismissal of the Byrne JAG petitions</source>
        <extracomment>new-reference.json $.sources[8].title</extracomment>
        <translation>Informes sobre la desestimación de las peticiones Byrne JAG en 2021</translation>
    </message>
    <message>
        <source>Reports that the Acting Solicitor General told the Supreme Court the new administration had resolved the grant-condition cases with the states and cities, and that the parties jointly asked the Court to dismiss the petitions.</source>
        <extracomment>new-reference.json $.sources[8].supports</extracomment>
        <translation>Informa que la procuradora general interina le dijo a la Corte Suprema que el nuevo gobierno había resuelto con los estados y las ciudades los casos sobre las condiciones de las subvenciones, y que las partes pidieron juntas que se desestimaran las peticiones.</translation>
    </message>
    <message>
        <source>8 U.S.C. §1226: arrest and detention during removal cases</source>
        <extracomment>new-shared.json $.sources[0].title</extracomment>
        <translation>8 U.S.C. §1226: arresto y detención durante un proceso de deportación</translation>
    </message>
    <message>
        <source>Section 1226(a) lets DHS hold a person during a removal case or release them on bond or conditional parole. Section 1226(c) requires detention of some people, and the Laken Riley Act added people charged with, arrested for, convicted of or admitting theft-type and some violent crimes.</source>
        <extracomment>new-shared.json $.sources[0].supports</extracomment>
        <translation>La sección 1226(a) permite que el DHS detenga a una persona durante su proceso de deportación o que la libere con fianza o con libertad condicional (conditional parole). La sección 1226(c) exige detener a algunas personas. La Ley Laken Riley (Laken Riley Act) agregó a quienes han sido acusados, arrestados o condenados por robos y hurtos y por algunos delitos violentos, o que admitan haberlos cometido.</translation>
    </message>
    <message>
        <source>8 U.S.C. §1225: inspection, expedited removal and applicants for admission</source>
        <extracomment>new-shared.json $.sources[1].title</extracomment>
        <translation>8 U.S.C. §1225: inspección, deportación acelerada (expedited removal) y solicitantes de admisión</translation>
    </message>
    <message>
        <source>Section 1225(b)(1) sets out expedited removal. Section 1225(b)(2)(A) says certain applicants for admission shall be detained during their removal case.</source>
        <extracomment>new-shared.json $.sources[1].supports</extracomment>
        <translation>La sección 1225(b)(1) establece la deportación acelerada (expedited removal). La sección 1225(b)(2)(A) dice que ciertos solicitantes de admisión deben quedar detenidos durante su proceso de deportación.</translation>
    </message>
    <message>
        <source>8 U.S.C. §1362: right to counsel at no expense to the government</source>
        <extracomment>new-shared.json $.sources[2].title</extracomment>
        <translation>8 U.S.C. §1362: derecho a un abogado sin costo para el gobierno</translation>
    </message>
    <message>
        <source>In removal proceedings a person may have a lawyer of their choosing, but at no expense to the government.</source>
        <extracomment>new-shared.json $.sources[2].supports</extracomment>
        <translation>En un proceso de deportación, la persona puede tener el abogado que elija, pero el gobierno no lo paga.</translation>
    </message>
    <message>
        <source>8 C.F.R. §§236.1, 1236.1: custody redetermination by an immigration judge</source>
        <extracomment>new-shared.json $.sources[3].title</extracomment>
        <translation>8 C.F.R. §§236.1, 1236.1: revisión de la custodia por un juez de inmigración</translation>
    </message>
    <message>
        <source>After ICE decides on custody, a person may ask an immigration judge to review it (a custody or bond redetermination), with exceptions for some classes of people.</source>
        <extracomment>new-shared.json $.sources[3].supports</extracomment>
        <translation>Después de que ICE decide sobre la custodia, la persona puede pedir a un juez de inmigración que revise esa decisión (una revisión de custodia o de fianza). Hay excepciones para algunos grupos de personas.</translation>
    </message>
    <message>
        <source>Jennings v. Rodriguez (2018)</source>
        <extracomment>new-shared.json $.sources[4].title</extracomment>
        <translation>Jennings v. Rodriguez (2018)</translation>
    </message>
    <message>
        <source>The detention statutes, read as written, do not give people held under §1225(b) or §1226(c) periodic bond hearings; constitutional questions were sent back to the lower courts.</source>
        <extracomment>new-shared.json $.sources[4].supports</extracomment>
        <translation>Las leyes de detención, leídas tal como están escritas, no dan a las personas detenidas bajo el §1225(b) o el §1226(c) audiencias de fianza periódicas. Las preguntas constitucionales se devolvieron a los tribunales inferiores.</translation>
    </message>
    <message>
        <source>Padilla v. Kentucky (2010)</source>
        <extracomment>new-shared.json $.sources[5].title</extracomment>
        <translation>Padilla v. Kentucky (2010)</translation>
    </message>
    <message>
        <source>A criminal defense lawyer must tell a noncitizen client whether a guilty plea carries a risk of deportation.</source>
        <extracomment>new-shared.json $.sources[5].supports</extracomment>
        <translation>Un abogado defensor en un caso penal debe decirle a su cliente no ciudadano si declararse culpable trae un riesgo de deportación.</translation>
    </message>
    <message>
        <source>Hiibel v. Sixth Judicial District Court (2004)</source>
        <extracomment>new-shared.json $.sources[6].title</extracomment>
        <translation>Hiibel v. Sixth Judicial District Court (2004)</translation>
    </message>
    <message>
        <source>A state law may require a person lawfully stopped on reasonable suspicion to give their name.</source>
        <extracomment>new-shared.json $.sources[6].supports</extracomment>
        <translation>Una ley estatal puede exigir que una persona detenida legalmente por una sospecha razonable diga su nombre.</translation>
    </message>
    <message>
        <source>Steagald v. United States (1981)</source>
        <extracomment>new-shared.json $.sources[7].title</extracomment>
        <translation>Steagald v. United States (1981)</translation>
    </message>
    <message>
        <source>An arrest warrant does not by itself let police search a third person&apos;s home for the person named in it; absent consent or an emergency, a search warrant is needed.</source>
        <extracomment>new-shared.json $.sources[7].supports</extracomment>
        <translation>Una orden de arresto, por sí sola, no permite que la policía registre la vivienda de otra persona para buscar a quien aparece en la orden. Sin consentimiento ni una emergencia, se necesita una orden de registro.</translation>
    </message>
    <message>
        <source>The 2025 registration rule and the duty to carry proof of registration</source>
        <extracomment>new-shared.json $.sources[8].title</extracomment>
        <translation>La regla de registro de 2025 y la obligación de llevar la prueba de registro</translation>
    </message>
    <message>
        <source>Noncitizens who must register may do so on a new form. Those aged 18 or older must carry the proof of registration they were issued; not carrying it is a misdemeanor under §1304(e).</source>
        <extracomment>new-shared.json $.sources[8].supports</extracomment>
        <translation>Los no ciudadanos que deben registrarse pueden hacerlo con un formulario nuevo. Las personas de 18 años o más deben llevar consigo la prueba de registro que recibieron. No llevarla es un delito menor según el §1304(e).</translation>
    </message>
    <message>
        <source>Matter of Yajure Hurtado (BIA 2025)</source>
        <extracomment>new-shared.json $.sources[9].title</extracomment>
        <translation>Matter of Yajure Hurtado (Junta de Apelaciones de Inmigración, 2025)</translation>
    </message>
    <message>
        <source>The Board held that people who entered without inspection are applicants for admission held under §1225(b)(2)(A), so immigration judges may not give them bond hearings.</source>
        <extracomment>new-shared.json $.sources[9].supports</extracomment>
        <translation>La Junta decidió que las personas que entraron sin inspección son solicitantes de admisión detenidos bajo el §1225(b)(2)(A). Por eso, los jueces de inmigración no pueden darles audiencias de fianza.</translation>
    </message>
    <message>
        <source>Maldonado Bautista v. Santacruz (C.D. Cal. 2025–2026)</source>
        <extracomment>new-shared.json $.sources[10].title</extracomment>
        <translation>Maldonado Bautista v. Santacruz (C.D. Cal. 2025–2026)</translation>
    </message>
    <message>
        <source>As reported, a federal district court certified a nationwide class of people it found eligible for bond hearings under §1226(a), entered judgment for them in December 2025 and in February 2026 set aside Matter of Yajure Hurtado.</source>
        <extracomment>new-shared.json $.sources[10].supports</extracomment>
        <translation>Según se informó, un tribunal federal de distrito certificó una clase nacional de personas que, según el tribunal, pueden tener audiencias de fianza bajo el §1226(a). Dictó sentencia a su favor en diciembre de 2025 y, en febrero de 2026, anuló Matter of Yajure Hurtado.</translation>
    </message>
    <message>
        <source>Buenrostro-Mendez v. Bondi (5th Cir. 2026)</source>
        <extracomment>new-shared.json $.sources[11].title</extracomment>
        <translation>Buenrostro-Mendez v. Bondi (5th Cir. 2026)</translation>
    </message>
    <message>
        <source>As reported, the Fifth Circuit read §1225(b)(2)(A) the government&apos;s way: people who entered without inspection are held without a bond hearing. This is the opposite of the Maldonado Bautista ruling.</source>
        <extracomment>new-shared.json $.sources[11].supports</extracomment>
        <translation>Según se informó, el Quinto Circuito interpretó el §1225(b)(2)(A) como lo hace el gobierno: las personas que entraron sin inspección quedan detenidas sin audiencia de fianza. Es lo contrario del fallo Maldonado Bautista.</translation>
    </message>
    <message>
        <source>The 2017 interior-enforcement order. Its §10 brought back Secure Communities, and its §9(a) funding provision was held unconstitutional in San Francisco v. Trump (2018). It was revoked on Jan. 20, 2021.</source>
        <extracomment>sources.json $.sources[17].supports</extracomment>
        <translation>Es la orden de 2017 sobre el control migratorio dentro del país. Su §10 restableció Comunidades Seguras, y su disposición sobre fondos, el §9(a), fue declarada inconstitucional en San Francisco v. Trump (2018). Se revocó el 20 de enero de 2021.</translation>
    </message>
    <message>
        <source>Affirmed a preliminary injunction against the Byrne JAG notice and access conditions: the city was likely to show that Congress had not authorized them. It was not a final ruling; see City of Chicago v. Barr (2020).</source>
        <extracomment>sources.json $.sources[73].supports</extracomment>
        <translation>Confirmó una medida cautelar (preliminary injunction) contra las condiciones de aviso y de acceso de Byrne JAG: era probable que la ciudad demostrara que el Congreso no las había autorizado. No fue un fallo final; vea City of Chicago v. Barr (2020).</translation>
    </message>
    <message>
        <source>The final appeals ruling on the 2017 and 2018 grants: held the Byrne JAG notice, access and §1373-compliance conditions unlawful, and narrowed the injunction so that it covered Chicago only.</source>
        <extracomment>sources.json $.sources[74].supports</extracomment>
        <translation>Es el fallo final de apelación sobre las subvenciones de 2017 y 2018. Decidió que las condiciones de Byrne JAG de aviso, de acceso y de cumplimiento del §1373 eran ilegales, y limitó la orden para frenarlas (injunction) para que protegiera solo a Chicago.</translation>
    </message>
    <message>
        <source>New York v. Department of Justice (2020)</source>
        <extracomment>sources.json $.sources[77].title</extracomment>
        <translation>New York v. Department of Justice (2020)</translation>
    </message>
    <message>
        <source>Requires each sheriff who runs or contracts for a county jail to request and enter into a 287(g) or similar agreement with ICE, and to ask again each year if turned down. Effective Jan. 1, 2026. From Dec. 1, 2026 the state attorney general may sue sheriffs who have not complied; how many had complied by that date was not confirmed as of December 2026.</source>
        <extracomment>sources.json $.sources[85].supports</extracomment>
        <translation>Exige que cada alguacil (sheriff) que opera una cárcel del condado, o que la contrata, pida y firme con ICE un acuerdo 287(g) o uno parecido, y que lo vuelva a pedir cada año si se lo niegan. Entró en vigor el 1 de enero de 2026. Desde el 1 de diciembre de 2026, el fiscal general del estado puede demandar a los alguaciles que no hayan cumplido. En diciembre de 2026 no se había confirmado cuántos habían cumplido para esa fecha.</translation>
    </message>
    <message>
        <source>Requires the sheriff or chief correctional officer who runs a county jail to have a written 287(g) agreement with ICE. Since 2025, ending one needs the State Board of Immigration Enforcement&apos;s approval.</source>
        <extracomment>sources.json $.sources[88].supports</extracomment>
        <translation>Exige que el alguacil (sheriff) o el jefe de prisiones que opera una cárcel del condado tenga un acuerdo 287(g) por escrito con ICE. Desde 2025, terminar ese acuerdo requiere la aprobación de la Junta Estatal de Control Migratorio (State Board of Immigration Enforcement).</translation>
    </message>
    <message>
        <source>News reports say Maryland&apos;s General Assembly first passed bills banning 287(g) agreements on Feb. 3, 2026 and gave final approval on Feb. 12, 2026; Gov. Moore signed them on Feb. 17, 2026. As emergency bills they took effect at once, and nine agencies had to end their agreements. AP reported that ten states now bar such agreements.</source>
        <extracomment>sources.json $.sources[95].supports</extracomment>
        <translation>Según las noticias, la Asamblea General de Maryland aprobó por primera vez los proyectos que prohíben los acuerdos 287(g) el 3 de febrero de 2026 y les dio la aprobación final el 12 de febrero de 2026. El gobernador Moore los firmó el 17 de febrero de 2026. Como eran leyes de emergencia, entraron en vigor de inmediato, y nueve agencias tuvieron que terminar sus acuerdos. AP informó que ahora diez estados prohíben estos acuerdos.</translation>
    </message>
    <message>
        <source>Used the staggered rollout of Secure Communities. Found little evidence either of crime reduction or of the feared rise in discriminatory arrests; the program brought no measurable public-safety benefit.</source>
        <extracomment>sources.json $.sources[102].supports</extracomment>
        <translation>Aprovechó que Comunidades Seguras empezó en fechas distintas en cada lugar. Encontró poca evidencia tanto de una reducción de los delitos como del temido aumento de arrestos discriminatorios. El programa no trajo un beneficio medible para la seguridad pública.</translation>
    </message>
    <message>
        <source>When a person is ordered removed, the government is to carry out the removal within a 90-day removal period, and during that period it shall detain the person (§1231(a)(2)).</source>
        <extracomment>new-reference.json $.sources[3].supports</extracomment>
        <translation>Cuando se ordena la deportación de una persona, el gobierno debe llevarla a cabo dentro de un período de deportación de 90 días, y durante ese período debe mantener detenida a la persona (§1231(a)(2)).</translation>
    </message>
    <message>
        <source>Added §1226(c)(1)(E), which requires detention of certain inadmissible noncitizens, such as people who entered without inspection, who are charged with, arrested for, convicted of, or admit acts of burglary, theft, larceny, shoplifting, assault of a law enforcement officer, or a crime that causes death or serious bodily injury. It also gives state attorneys general a statutory right to sue for injunctive relief over certain federal release, parole, visa-sanction and detention failures.</source>
        <extracomment>sources.json $.sources[10].supports</extracomment>
        <translation>Agregó el §1226(c)(1)(E), que exige detener a ciertos no ciudadanos inadmisibles, como quienes entraron sin inspección, si han sido acusados, arrestados o condenados por robo con allanamiento (burglary), hurto o robo (theft, larceny), hurto en tiendas (shoplifting), agresión a un agente del orden o un delito que cause la muerte o lesiones graves a otra persona, o si admiten haber cometido esos actos. También da a los fiscales generales de los estados el derecho legal de demandar para pedir órdenes para frenar o exigir algo (injunctions). Aplica a ciertas fallas del gobierno federal en liberaciones, permisos de parole, sanciones de visas y detenciones.</translation>
    </message>
    <message>
        <source>The detainer form used since April 2, 2017. It asks the receiving agency to keep the person for no more than 48 hours beyond the time he or she would otherwise have been released, lists four possible bases for probable cause and must be served on the person.</source>
        <extracomment>sources.json $.sources[14].supports</extracomment>
        <translation>Es el formulario de orden de retención migratoria que se usa desde el 2 de abril de 2017. Pide a la agencia que lo recibe que retenga a la persona no más de 48 horas después del momento en que la habría liberado. Indica cuatro posibles bases de causa probable y se le debe entregar a la persona.</translation>
    </message>
    <message>
        <source>Know-your-rights card wording: do not open the door if an immigration agent is knocking; you have the right to remain silent; do not sign anything without talking to a lawyer; give the card to the agent, or show it through a window or slide it under the door; &quot;I choose to exercise my constitutional rights&quot;; no permission to enter the home unless there is a warrant to enter, signed by a judge or magistrate with the person&apos;s name on it, slid under the door.</source>
        <extracomment>sources.json $.sources[31].supports</extracomment>
        <translation>Texto de la tarjeta de &quot;conozca sus derechos&quot;: no abra la puerta si un agente de inmigración está tocando; tiene derecho a guardar silencio; no firme nada sin antes hablar con un abogado; entregue la tarjeta al agente, o muéstrela por una ventana o pásela por debajo de la puerta; &quot;Elijo ejercer mis derechos constitucionales&quot;; no se da permiso para entrar a la vivienda salvo que haya una orden para entrar firmada por un juez o magistrado, con el nombre de la persona, pasada por debajo de la puerta.</translation>
    </message>
    <message>
        <source>Conditions on federal funds must be stated unambiguously by Congress, so that states know what they accept; must relate to the federal program; and must not be coercive. The spending must also serve the general welfare, and a condition may not require states to do something unconstitutional.</source>
        <extracomment>sources.json $.sources[41].supports</extracomment>
        <translation>Las condiciones para recibir fondos federales deben estar escritas por el Congreso de forma clara (sin ambigüedad), para que los estados sepan lo que aceptan; deben tener relación con el programa federal; y no deben ser coercitivas (no pueden forzar a los estados). Además, el gasto debe servir al bienestar general, y una condición no puede exigir que los estados hagan algo inconstitucional.</translation>
    </message>
    <message>
        <source>The Fourth Amendment generally bars police from entering a home to make a routine arrest without a judge-signed warrant (an arrest warrant), absent consent or exigent circumstances (a true emergency such as hot pursuit). An arrest warrant allows entry only into the named person&apos;s own home, when there is reason to believe the person is inside; to enter a third person&apos;s home, police need a search warrant (Steagald v. United States).</source>
        <extracomment>sources.json $.sources[43].supports</extracomment>
        <translation>La Cuarta Enmienda, por lo general, prohíbe que la policía entre a una vivienda para hacer un arresto de rutina sin una orden firmada por un juez (una orden de arresto), salvo que haya consentimiento o circunstancias urgentes (exigent circumstances: una emergencia real, como perseguir a alguien que huye). Una orden de arresto solo permite entrar a la vivienda de la persona nombrada, cuando hay razones para creer que está adentro; para entrar a la vivienda de otra persona, la policía necesita una orden de registro (Steagald v. United States).</translation>
    </message>
    <message>
        <source>Universal injunctions likely exceed the equitable authority Congress gave federal courts; relief is limited to what plaintiffs need for complete relief. The Court left Rule 23 class actions open as a route to broader relief and did not decide whether the APA lets courts set aside (vacate) agency action.</source>
        <extracomment>sources.json $.sources[50].supports</extracomment>
        <translation>Las órdenes para frenar algo en todo el país (universal injunctions), que protegen también a quienes no son parte del caso, probablemente van más allá del poder de equidad que el Congreso dio a los tribunales federales. El remedio se limita a lo que los demandantes necesitan para una reparación completa. La Corte dejó abierta la vía de las demandas colectivas (class actions) de la Regla 23 para lograr un remedio más amplio, y no decidió si la Ley de Procedimiento Administrativo (APA) permite que los tribunales anulen (vacatur) una acción de una agencia.</translation>
    </message>
    <message>
        <source>The Supreme Court dismissed the three grant-condition petitions on March 4, 2021 at the parties&apos; joint request, after the new administration told the Court it had resolved the cases with the states and cities. The disagreement between the appeals courts was never resolved.</source>
        <extracomment>sources.json $.sources[59].supports</extracomment>
        <translation>La Corte Suprema desestimó las tres peticiones sobre las condiciones de las subvenciones el 4 de marzo de 2021 porque las partes lo pidieron juntas, después de que el nuevo gobierno le informó que había resuelto los casos con los estados y las ciudades. El desacuerdo entre los tribunales de apelaciones nunca se resolvió.</translation>
    </message>
    <message>
        <source>Created state crimes of illegal entry and re-entry and let state magistrates order people to return to the country they came from. It was blocked from February 2024, and a Fifth Circuit panel affirmed the injunction on July 3, 2025. As reported, in 2026 the full Fifth Circuit vacated that injunction for lack of standing without ruling on the merits; a new class action (LML v. Martin) won a district-court injunction, which a Fifth Circuit panel stayed on May 29, 2026, so Texas could begin enforcing the law. Later events were not confirmed in our sources; the current status needs checking.</source>
        <extracomment>sources.json $.sources[86].supports</extracomment>
        <translation>Creó delitos estatales de entrada ilegal y de reingreso ilegal, y permitió que magistrados estatales ordenaran a las personas volver al país del que vinieron. Estuvo bloqueada desde febrero de 2024, y un panel del Quinto Circuito confirmó la orden para frenarla (injunction) el 3 de julio de 2025. Según se informó, en 2026 el pleno del Quinto Circuito anuló esa orden porque quienes demandaron no tenían legitimación (standing), sin decidir sobre el fondo. Una nueva demanda colectiva (LML v. Martin) logró que un tribunal de distrito frenara la ley otra vez, pero el 29 de mayo de 2026 un panel del Quinto Circuito suspendió esa orden, y así Texas pudo empezar a aplicar la ley. Nuestras fuentes no confirmaron lo que pasó después; hay que revisar la situación actual.</translation>
    </message>
    <message>
        <source>Created state crimes of illegal entry and re-entry. A federal judge blocked it in April 2025; the Eleventh Circuit refused a stay on June 6, 2025, and on July 9, 2025 the Supreme Court denied Florida&apos;s application to stay the injunction, with no noted dissents, so the law stayed blocked. News reports say the Eleventh Circuit heard argument in October 2025; its ruling was not found in our sources.</source>
        <extracomment>sources.json $.sources[90].supports</extracomment>
        <translation>Creó delitos estatales de entrada ilegal y de reingreso ilegal. Un juez federal la bloqueó en abril de 2025; el Undécimo Circuito se negó a suspender ese bloqueo el 6 de junio de 2025, y el 9 de julio de 2025 la Corte Suprema rechazó el pedido de Florida de suspender la orden para frenar la ley (injunction), sin votos en contra registrados, así que la ley siguió bloqueada. Según las noticias, el Undécimo Circuito escuchó los argumentos en octubre de 2025; su fallo no se encontró en nuestras fuentes.</translation>
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
        <translation>La Corte Suprema decide que la regla contra la requisición (anti-commandeering) también se aplica a las leyes federales que les prohíben actuar a los estados. Esa regla dice que el gobierno federal no puede obligar a los estados a hacer su trabajo.</translation>
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
        <translation>New York v. DOJ (Departamento de Justicia)</translation>
    </message>
    <message>
        <source>A federal appeals court upholds the Byrne JAG conditions, creating a split with other circuits.</source>
        <extracomment>timeline.json $.events[22].body</extracomment>
        <translation>Un tribunal federal de apelaciones confirma las condiciones de Byrne JAG. Así se crea un desacuerdo entre tribunales de apelaciones (circuit split) con otros circuitos.</translation>
    </message>
    <message>
        <source>Gonzalez v. ICE (appeal)</source>
        <extracomment>timeline.json $.events[23].title</extracomment>
        <translation>Gonzalez v. ICE (apelación)</translation>
    </message>
    <message>
        <source>Supreme Court dismisses grant cases</source>
        <extracomment>timeline.json $.events[25].title</extracomment>
        <translation>La Corte Suprema desestima los casos de subvenciones</translation>
    </message>
    <message>
        <source>Garland v. Aleman Gonzalez</source>
        <extracomment>timeline.json $.events[26].title</extracomment>
        <translation>Garland v. Aleman Gonzalez</translation>
    </message>
    <message>
        <source>The Supreme Court says lower courts cannot issue orders for a whole class that block some parts of the removal laws.</source>
        <extracomment>timeline.json $.events[26].body</extracomment>
        <translation>La Corte Suprema dice que los tribunales inferiores no pueden dar órdenes para todo un grupo de personas (una clase) que bloqueen algunas partes de las leyes de deportación.</translation>
    </message>
    <message>
        <source>United States v. Texas</source>
        <extracomment>timeline.json $.events[27].title</extracomment>
        <translation>United States v. Texas</translation>
    </message>
    <message>
        <source>The Supreme Court holds that two states lacked standing to challenge federal enforcement priorities.</source>
        <extracomment>timeline.json $.events[27].body</extracomment>
        <translation>La Corte Suprema decide que dos estados no tenían legitimación (el derecho a demandar) para impugnar las prioridades federales de control migratorio.</translation>
    </message>
    <message>
        <source>Executive Order 14159</source>
        <extracomment>timeline.json $.events[28].title</extracomment>
        <translation>Orden Ejecutiva 14159</translation>
    </message>
    <message>
        <source>A new order tells DHS to sign as many 287(g) agreements as the law allows. It also says sanctuary places should not get federal funds.</source>
        <extracomment>timeline.json $.events[28].body</extracomment>
        <translation>Una nueva orden le ordena al DHS firmar todos los acuerdos 287(g) que permita la ley. También dice que los lugares &quot;santuario&quot; no deben recibir fondos federales.</translation>
    </message>
    <message>
        <source>Laken Riley Act</source>
        <extracomment>timeline.json $.events[31].title</extracomment>
        <translation>Ley Laken Riley (Laken Riley Act)</translation>
    </message>
    <message>
        <source>Task Force agreements return</source>
        <extracomment>timeline.json $.events[32].title</extracomment>
        <translation>Vuelven los acuerdos del Modelo de Grupo de Trabajo</translation>
    </message>
    <message>
        <source>Univision, citing ICE data, reported that ICE resumed Task Force Model agreements on January 30, 2025.</source>
        <extracomment>timeline.json $.events[32].body</extracomment>
        <translation>Univision, citando datos de ICE, informó que ICE volvió a usar los acuerdos del Modelo de Grupo de Trabajo el 30 de enero de 2025.</translation>
    </message>
    <message>
        <source>Florida SB 2-C</source>
        <extracomment>timeline.json $.events[33].title</extracomment>
        <translation>Ley SB 2-C de Florida</translation>
    </message>
    <message>
        <source>Florida requires sheriffs to hold 287(g) agreements. A new state board must approve ending one.</source>
        <extracomment>timeline.json $.events[33].body</extracomment>
        <translation>Florida obliga a los alguaciles (sheriffs) a tener acuerdos 287(g). Una nueva junta estatal debe aprobar que se termine uno.</translation>
    </message>
    <message>
        <source>San Francisco v. Trump: preliminary injunction</source>
        <extracomment>timeline.json $.events[36].title</extracomment>
        <translation>San Francisco v. Trump: medida cautelar (preliminary injunction)</translation>
    </message>
    <message>
        <source>A federal judge bars the government from withholding or conditioning funds under parts of the 2025 orders.</source>
        <extracomment>timeline.json $.events[36].body</extracomment>
        <translation>Un juez federal le prohíbe al gobierno retener fondos o ponerles condiciones con base en partes de las órdenes de 2025.</translation>
    </message>
    <message>
        <source>Trump v. CASA</source>
        <extracomment>timeline.json $.events[37].title</extracomment>
        <translation>Trump v. CASA</translation>
    </message>
    <message>
        <source>The Supreme Court says universal injunctions likely go beyond federal courts&apos; power.</source>
        <extracomment>timeline.json $.events[37].body</extracomment>
        <translation>La Corte Suprema dice que las órdenes para frenar algo en todo el país (universal injunctions), que se aplican a todos y no solo a quienes demandaron, probablemente van más allá del poder de los tribunales federales.</translation>
    </message>
    <message>
        <source>United States v. Illinois dismissed</source>
        <extracomment>timeline.json $.events[39].title</extracomment>
        <translation>United States v. Illinois: caso desestimado</translation>
    </message>
    <message>
        <source>San Francisco v. Trump: injunction expanded</source>
        <extracomment>timeline.json $.events[40].title</extracomment>
        <translation>San Francisco v. Trump: se amplía la medida cautelar</translation>
    </message>
    <message>
        <source>The judge extends the injunction to Los Angeles, Boston, Chicago, Denver and about 30 more places.</source>
        <extracomment>timeline.json $.events[40].body</extracomment>
        <translation>El juez extiende la medida cautelar a Los Ángeles, Boston, Chicago, Denver y unos 30 lugares más.</translation>
    </message>
    <message>
        <source>United States v. New York dismissed</source>
        <extracomment>timeline.json $.events[42].title</extracomment>
        <translation>United States v. New York: caso desestimado</translation>
    </message>
    <message>
        <source>A federal judge dismisses the U.S. suit against New York&apos;s Protect Our Courts Act.</source>
        <extracomment>timeline.json $.events[42].body</extracomment>
        <translation>Un juez federal desestima la demanda del gobierno de EE. UU. contra la Protect Our Courts Act (Ley para Proteger Nuestros Tribunales) de Nueva York.</translation>
    </message>
    <message>
        <source>Texas SB 8 takes effect</source>
        <extracomment>timeline.json $.events[43].title</extracomment>
        <translation>Entra en vigor la Ley SB 8 de Texas</translation>
    </message>
    <message>
        <source>Maryland bans 287(g) agreements</source>
        <extracomment>timeline.json $.events[44].title</extracomment>
        <translation>Maryland prohíbe los acuerdos 287(g)</translation>
    </message>
    <message>
        <source>Maryland passes a ban on 287(g) agreements. It takes effect at once, and nine agencies must end their agreements.</source>
        <extracomment>timeline.json $.events[44].body</extracomment>
        <translation>Maryland aprueba una prohibición de los acuerdos 287(g). Entra en vigor de inmediato, y nueve agencias deben terminar sus acuerdos.</translation>
    </message>
    <message>
        <source>United States v. City of Los Angeles dismissed (reported)</source>
        <extracomment>timeline.json $.events[46].title</extracomment>
        <translation>United States v. City of Los Angeles: caso desestimado (según informes)</translation>
    </message>
    <message>
        <source>According to reports, a federal judge dismisses the U.S. suit against a Los Angeles ordinance. One source gives the date June 20, 2026.</source>
        <extracomment>timeline.json $.events[46].body</extracomment>
        <translation>Según informes, un juez federal desestima la demanda del gobierno de EE. UU. contra una ordenanza de Los Ángeles. Una fuente da la fecha del 20 de junio de 2026.</translation>
    </message>
    <message>
        <source>A federal appeals court throws out the parts of the lower ruling about database checks and state law. It says a person held on a detainer needs a prompt probable-cause decision by a neutral judge, and sends the case back.</source>
        <extracomment>timeline.json $.events[23].body</extracomment>
        <translation>Un tribunal federal de apelaciones anula las partes del fallo inferior sobre las búsquedas en bases de datos y sobre la ley estatal. Dice que una persona retenida por una orden de retención migratoria necesita que un juez neutral decida pronto si hay causa probable. Luego devuelve el caso al tribunal inferior.</translation>
    </message>
    <message>
        <source>Trump v. J.G.G. (Alien Enemies Act)</source>
        <extracomment>timeline.json $.events[34].title</extracomment>
        <translation>Trump v. J.G.G. (Ley de Enemigos Extranjeros)</translation>
    </message>
    <message>
        <source>In a case about removals under the Alien Enemies Act, the Supreme Court says some challenges to detention belong in habeas corpus, in the district where the person is held.</source>
        <extracomment>timeline.json $.events[34].body</extracomment>
        <translation>En un caso sobre deportaciones bajo la Alien Enemies Act (Ley de Enemigos Extranjeros), la Corte Suprema dice que algunas demandas contra la detención se deben presentar por hábeas corpus, en el distrito donde está detenida la persona.</translation>
    </message>
    <message>
        <source>A federal judge dismisses the U.S. suit against Illinois, Chicago and Cook County, relying partly on the Tenth Amendment. The government appeals.</source>
        <extracomment>timeline.json $.events[39].body</extracomment>
        <translation>Un juez federal desestima la demanda del gobierno de EE. UU. contra Illinois, Chicago y el condado de Cook, con base, en parte, en la Décima Enmienda. El gobierno apela.</translation>
    </message>
    <message>
        <source>A new order on enforcement inside the country. Its section 10 told DHS to end the Priority Enforcement Program and bring back [Secure Communities](term:secure-communities). A court later struck down its funding part.</source>
        <extracomment>timeline.json $.events[11].body</extracomment>
        <translation>Una nueva orden sobre el control migratorio dentro del país. Su sección 10 le ordenó al DHS terminar el Priority Enforcement Program (Programa de Prioridades de Control) y volver a poner en marcha [Comunidades Seguras](term:secure-communities). Más tarde, un tribunal anuló la parte de la orden sobre fondos.</translation>
    </message>
    <message>
        <source>Executive Order 13993 revokes the 2017 order</source>
        <extracomment>timeline.json $.events[24].title</extracomment>
        <translation>La Orden Ejecutiva 13993 revoca la orden de 2017</translation>
    </message>
    <message>
        <source>A new order revokes Executive Order 13768 and tells agencies to review what they did under it.</source>
        <extracomment>timeline.json $.events[24].body</extracomment>
        <translation>Una nueva orden revoca la Orden Ejecutiva 13768 y les pide a las agencias que revisen lo que hicieron bajo esa orden.</translation>
    </message>
    <message>
        <source>The new administration tells the Supreme Court it has resolved the Byrne JAG grant cases with the states and cities. At the parties&apos; joint request, the Court dismisses the pending petitions. The split among appeals courts is left open.</source>
        <extracomment>timeline.json $.events[25].body</extracomment>
        <translation>El nuevo gobierno le dice a la Corte Suprema que resolvió con los estados y las ciudades los casos sobre las subvenciones Byrne JAG. A pedido de ambas partes, la Corte desestima las peticiones pendientes. El desacuerdo entre tribunales de apelaciones (circuit split) queda sin resolver.</translation>
    </message>
    <message>
        <source>The 2021 enforcement order is revoked</source>
        <extracomment>timeline.json $.events[29].title</extracomment>
        <translation>Se revoca la orden de 2021 sobre el control migratorio</translation>
    </message>
    <message>
        <source>On the first day of the new administration, executive orders revoke Executive Order 13993.</source>
        <extracomment>timeline.json $.events[29].body</extracomment>
        <translation>El primer día del nuevo gobierno, unas órdenes ejecutivas revocan la Orden Ejecutiva 13993.</translation>
    </message>
    <message>
        <source>Expedited removal expanded nationwide</source>
        <extracomment>timeline.json $.events[30].title</extracomment>
        <translation>Se amplía la deportación acelerada a todo el país</translation>
    </message>
    <message>
        <source>DHS expands [expedited removal](term:expedited-removal), a fast process that can end in removal without a hearing before an immigration judge. It can now be used anywhere in the country for certain people who cannot show they have been in the United States for two years. The change was challenged in court. Check its current status.</source>
        <extracomment>timeline.json $.events[30].body</extracomment>
        <translation>El DHS amplía la [deportación acelerada (expedited removal)](term:expedited-removal), un proceso rápido que puede terminar en la deportación sin una audiencia ante un juez de inmigración. Ahora se puede usar en cualquier parte del país con ciertas personas que no pueden demostrar que llevan dos años en Estados Unidos. El cambio se impugnó en los tribunales. Revise cómo está el caso hoy.</translation>
    </message>
    <message>
        <source>A new law requires ICE to detain, without bond, some noncitizens who entered without permission or lack valid entry papers, if they are charged with, arrested for or convicted of theft-type crimes such as burglary, theft or shoplifting, or some violent crimes ([mandatory detention](term:mandatory-detention)). A conviction is not needed. ICE must also issue a detainer for them. The law also gives state attorneys general a right to sue over some federal release and detention failures.</source>
        <extracomment>timeline.json $.events[31].body</extracomment>
        <translation>Una nueva ley obliga a ICE a detener, sin fianza, a algunos no ciudadanos que entraron sin permiso o que no tienen documentos de entrada válidos, si se les acusa, se les arresta o se les condena por delitos de robo, como el robo en una vivienda (burglary), el hurto o el robo en tiendas, o por algunos delitos violentos ([detención obligatoria](term:mandatory-detention)). No hace falta una condena. ICE también debe emitir una orden de retención migratoria contra estas personas. Además, la ley les da a los fiscales generales de los estados el derecho a demandar por algunas fallas federales en la liberación y la detención.</translation>
    </message>
    <message>
        <source>Registration rule takes effect</source>
        <extracomment>timeline.json $.events[35].title</extracomment>
        <translation>Entra en vigor la norma de registro</translation>
    </message>
    <message>
        <source>A federal rule gives noncitizens who must register with the government, and have not, a new way to do it. Noncitizens aged 18 or older must carry the [proof of registration](term:proof-of-registration) they were given. Not carrying it is a minor federal crime (a misdemeanor).</source>
        <extracomment>timeline.json $.events[35].body</extracomment>
        <translation>Una norma federal les da una nueva forma de registrarse a los no ciudadanos que deben registrarse ante el gobierno y todavía no lo han hecho. Los no ciudadanos de 18 años o más deben llevar consigo el [comprobante de registro](term:proof-of-registration) que recibieron. No llevarlo es un delito federal leve (misdemeanor).</translation>
    </message>
    <message>
        <source>Florida SB 4-C stays blocked</source>
        <extracomment>timeline.json $.events[38].title</extracomment>
        <translation>La ley SB 4-C de Florida sigue bloqueada</translation>
    </message>
    <message>
        <source>The Supreme Court denies Florida&apos;s request to let its new state illegal-entry law, SB 4-C, take effect during the appeal. A federal judge had blocked the law in April 2025. News reports say the appeals court heard the case in October 2025. Its ruling was not found in our sources.</source>
        <extracomment>timeline.json $.events[38].body</extracomment>
        <translation>La Corte Suprema rechaza el pedido de Florida para que su nueva ley estatal sobre la entrada ilegal, la SB 4-C, entre en vigor durante la apelación. Un juez federal había bloqueado la ley en abril de 2025. Según noticias, el tribunal de apelaciones vio el caso en octubre de 2025. Su decisión no aparece en nuestras fuentes.</translation>
    </message>
    <message>
        <source>Matter of Yajure Hurtado</source>
        <extracomment>timeline.json $.events[41].title</extracomment>
        <translation>Matter of Yajure Hurtado (decisión de la BIA)</translation>
    </message>
    <message>
        <source>The Board of Immigration Appeals says people who entered without inspection cannot get a [bond hearing](term:bond-hearing) before an immigration judge. Courts split after that. As reported, a federal court in California ruled the other way for a nationwide group in late 2025 and set the decision aside in February 2026. The Fifth Circuit agreed with the government in February 2026, and other appeals courts have since split. Check the current status.</source>
        <extracomment>timeline.json $.events[41].body</extracomment>
        <translation>La Junta de Apelaciones de Inmigración (BIA) dice que las personas que entraron sin inspección no pueden tener una [audiencia de fianza](term:bond-hearing) ante un juez de inmigración. Después, los tribunales se dividieron. Según informes, un tribunal federal de California decidió lo contrario para un grupo de personas de todo el país a fines de 2025. En febrero de 2026, ese tribunal anuló la decisión de la BIA. El Tribunal de Apelaciones del Quinto Circuito le dio la razón al gobierno en febrero de 2026, y desde entonces otros tribunales de apelaciones han decidido de formas distintas. Revise cómo está el tema hoy.</translation>
    </message>
    <message>
        <source>Texas sheriffs who run or contract for a county jail must request and enter into a 287(g) or similar agreement. If a request is not granted, they must ask again every year. Since December 1, 2026, the state attorney general may sue sheriffs who do not comply. How many sheriffs had complied by then was not known in our sources.</source>
        <extracomment>timeline.json $.events[43].body</extracomment>
        <translation>Los alguaciles (sheriffs) de Texas que administran una cárcel del condado, o que contratan a otros para hacerlo, deben pedir y firmar un acuerdo 287(g) u otro parecido. Si no se acepta su pedido, deben volver a pedirlo cada año. Desde el 1 de diciembre de 2026, el fiscal general del estado puede demandar a los alguaciles que no cumplan. Nuestras fuentes no indican cuántos alguaciles habían cumplido para esa fecha.</translation>
    </message>
    <message>
        <source>Texas SB 4 (2023) can be enforced for now (reported)</source>
        <extracomment>timeline.json $.events[45].title</extracomment>
        <translation>La ley SB 4 de Texas (2023) se puede aplicar por ahora (según informes)</translation>
    </message>
    <message>
        <source>Earlier in 2026, the full Fifth Circuit had lifted the 2024 order that blocked Texas SB 4 (2023), because the groups that sued lacked standing. A new challenge followed. As reported in May 2026, a Fifth Circuit panel then paused a lower court&apos;s new order against the law. Texas could then start enforcing its state illegal-entry crimes while the appeal goes on. One judge dissented. None of these orders decided whether the law is constitutional. Check the current status.</source>
        <extracomment>timeline.json $.events[45].body</extracomment>
        <translation>Antes, en 2026, el Tribunal de Apelaciones del Quinto Circuito en pleno había levantado la orden de 2024 que bloqueaba la ley SB 4 de Texas (2023), porque los grupos que demandaron no tenían legitimación (el derecho a demandar). Luego llegó una nueva demanda. Según informes de mayo de 2026, un panel del Quinto Circuito suspendió después una nueva orden de un tribunal inferior contra la ley. Así, Texas pudo empezar a aplicar sus delitos estatales de entrada ilegal mientras sigue la apelación. Un juez votó en contra. Ninguna de estas órdenes decidió si la ley es constitucional. Revise cómo está el caso hoy.</translation>
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

Según informes de prensa, el jefe de policía de Los Ángeles también describió bajas en 2017. Dijo que las denuncias de agresión sexual hechas por latinos bajaron un 25%, y que las denuncias de violencia doméstica bajaron un 10%.

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

Un documento de trabajo de 2026 de la Oficina del Censo de EE. UU. describe un patrón parecido con [Comunidades Seguras](term:secure-communities). Según el documento, las víctimas hispanas denunciaron menos delitos, y los delitos contra hispanos aumentaron. Es un documento de trabajo, no un estudio final ya publicado.</translation>
    </message>
    <message>
        <source>Did enforcement lower crime?</source>
        <extracomment>topics/community-impacts.json $.topics[0].sections[3].heading</extracomment>
        <translation>¿El control migratorio redujo la delincuencia?</translation>
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
        <translation>Un tribunal federal concluyó que la oficina de un alguacil (sheriff) que tenía un acuerdo 287(g) discriminaba gravemente por perfil racial.</translation>
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

Las cifras de costos son menos seguras. Según algunos informes, el programa de un condado de Virginia costaba cerca de $1.3 millones al año. Un grupo de análisis de políticas informó sobre costos de horas extra y otros costos en otros condados. Cada uno de estos datos viene de una sola fuente secundaria. Informes de prensa también dicen que, desde octubre de 2025, ICE puede reembolsar parte del sueldo de los agentes del modelo de Grupo de Trabajo. Eso cambia quién paga.</translation>
    </message>
    <message>
        <source>In one large survey, 44% of Latinos said they would be less likely to call police if they were crime victims, because they feared questions about immigration status.</source>
        <extracomment>topics/community-impacts.json $.topics[0].takeaways[0]</extracomment>
        <translation>En una encuesta grande, el 44% de los latinos dijo que, si fueran víctimas de un delito, sería menos probable que llamaran a la policía, porque temían que les preguntaran por su estatus migratorio.</translation>
    </message>
    <message>
        <source>Two 2014 studies asked whether this kind of enforcement cuts crime. Both made use of the same fact: [Secure Communities](term:secure-communities) started in different counties at different times.

- Miles and Cox found no meaningful drop in overall crime or violent crime. The program led to more than 250,000 detentions.
- Treyger, Chalfin and Loeffler also looked at how local police made arrests. They found little evidence that crime went down. They also found little evidence of the feared rise in biased arrests.

Studies like these compare places over time. That is stronger than a survey. But no study can rule out every other cause.</source>
        <extracomment>topics/community-impacts.json $.topics[0].sections[3].body</extracomment>
        <translation>Dos estudios de 2014 se preguntaron si este tipo de control reduce la delincuencia. Los dos aprovecharon el mismo hecho: [Comunidades Seguras](term:secure-communities) empezó en distintos condados en distintos momentos.

- Miles y Cox no encontraron una baja importante en la delincuencia total ni en los delitos violentos. El programa llevó a más de 250,000 detenciones.
- Treyger, Chalfin y Loeffler también estudiaron cómo hacía arrestos la policía local. Encontraron poca evidencia de que bajara la delincuencia. También encontraron poca evidencia del temido aumento de arrestos por prejuicio.

Estudios como estos comparan lugares a lo largo del tiempo. Eso es más sólido que una encuesta. Pero ningún estudio puede descartar todas las demás causas.</translation>
    </message>
</context>
<context>
    <name>content/topic/detention</name>
    <message>
        <source>When ICE detains someone: bond, habeas and fast-track removal</source>
        <extracomment>topics/detention.json $.topics[0].title</extracomment>
        <translation>Cuando ICE detiene a alguien: fianza, hábeas corpus y deportación rápida</translation>
    </message>
    <message>
        <source>What can happen when ICE holds someone: [bond hearings](term:bond-hearing), [mandatory detention](term:mandatory-detention), [habeas corpus](term:habeas-corpus) and fast-track [expedited removal](term:expedited-removal). The law changed fast in 2025 and 2026, and courts disagree. This is general information, based on sources up to about June 2026.</source>
        <extracomment>topics/detention.json $.topics[0].summary</extracomment>
        <translation>Qué puede pasar cuando ICE detiene a alguien: las [audiencias de fianza](term:bond-hearing), la [detención obligatoria](term:mandatory-detention), el [hábeas corpus](term:habeas-corpus) y la [deportación acelerada](term:expedited-removal) (expedited removal). La ley cambió rápido en 2025 y 2026, y los tribunales no están de acuerdo. Es información general, con fuentes hasta alrededor de junio de 2026.</translation>
    </message>
    <message>
        <source>ICE custody and the bond hearing</source>
        <extracomment>topics/detention.json $.topics[0].sections[0].heading</extracomment>
        <translation>La custodia de ICE y la audiencia de fianza</translation>
    </message>
    <message>
        <source>When ICE arrests someone for an immigration case, ICE first decides whether to hold them. Under [8 U.S.C. §1226(a)](source:usc-8-1226), ICE may keep the person in [custody](term:custody). It may also let them go on a bond (a sum of money) or on conditions.

Many people can then ask an immigration judge to look at that choice again. This is a [bond hearing](term:bond-hearing). The judge decides if the person may go home while the case goes on, and how much bond to set. Judges look at things like danger to others and the risk of missing court. The rules are in [8 C.F.R. §1236.1(d)](source:cfr-236-1).

For most people arrested inside the country, this hearing has long been the first step, before any case in federal court. But immigration courts do not give people a free lawyer paid for by the government. The law lets a person have a lawyer, but not at the government&apos;s cost ([8 U.S.C. §1362](source:usc-8-1362)).</source>
        <extracomment>topics/detention.json $.topics[0].sections[0].body</extracomment>
        <translation>Cuando ICE arresta a alguien por un caso de inmigración, ICE decide primero si lo deja detenido. Según [8 U.S.C. §1226(a)](source:usc-8-1226), ICE puede dejar a la persona bajo [custodia](term:custody). También puede dejarla salir con una fianza (una suma de dinero) o con condiciones.

Luego, muchas personas pueden pedirle a un juez de inmigración que revise esa decisión. Esto es una [audiencia de fianza](term:bond-hearing). El juez decide si la persona puede volver a casa mientras sigue el caso, y cuánto debe pagar. El juez mira, por ejemplo, si la persona es un peligro o si podría faltar a sus citas. Las reglas están en [8 C.F.R. §1236.1(d)](source:cfr-236-1).

Para la mayoría de las personas arrestadas dentro del país, esta audiencia ha sido el primer paso desde hace mucho, antes de ir a un tribunal federal. Pero en el tribunal de inmigración no hay un abogado gratis pagado por el gobierno. La ley deja que la persona tenga abogado, pero no a costa del gobierno ([8 U.S.C. §1362](source:usc-8-1362)).</translation>
    </message>
    <message>
        <source>When the law says no bond: mandatory detention</source>
        <extracomment>topics/detention.json $.topics[0].sections[1].heading</extracomment>
        <translation>Cuando la ley dice que no hay fianza: la detención obligatoria</translation>
    </message>
    <message>
        <source>Some laws require ICE to hold people with no bond hearing. This is called [mandatory detention](term:mandatory-detention).

- [Section 1226(c)](source:usc-8-1226) covers people with some criminal records. Examples are many drug and gun crimes and some serious felonies.
- The [Laken Riley Act](source:laken-riley-act-2025), signed on January 29, 2025, added more people. It covers people who entered without inspection, used fraud, or had no valid papers. They are covered if they are charged with or arrested for burglary, theft, larceny or shoplifting, even with no conviction. A conviction or an admission also counts. The law also covers assault on a police officer and crimes that kill or badly hurt someone. ICE must also send the jail a [detainer](term:detainer).
- People in [expedited removal](term:expedited-removal) are held under another part of the law ([8 U.S.C. §1225(b)](source:usc-8-1225)).

In 2018, in [Jennings v. Rodriguez](source:jennings-2018), the Supreme Court said these laws do not give regular bond hearings, even in long detention. It did not decide whether very long detention breaks the Constitution. News and law-firm reports say that on June 15, 2026 the Supreme Court agreed to take up that question for §1226(c), in [Genalo v. Black](source:genalo-v-black-2026). Check its current status.</source>
        <extracomment>topics/detention.json $.topics[0].sections[1].body</extracomment>
        <translation>Algunas leyes obligan a ICE a tener detenidas a ciertas personas sin audiencia de fianza. Esto se llama [detención obligatoria](term:mandatory-detention).

- La [Sección 1226(c)](source:usc-8-1226) cubre a personas con ciertos antecedentes penales. Por ejemplo, muchos delitos de drogas o de armas y algunos delitos graves.
- La [Ley Laken Riley](source:laken-riley-act-2025) (Laken Riley Act), firmada el 29 de enero de 2025, agregó a más personas. Cubre a quienes entraron sin inspección, usaron fraude o no tenían papeles válidos. Les toca si los acusan o los arrestan por robo con allanamiento, robo, hurto o robo en tiendas, aunque no haya condena. También cuenta una condena, o que la persona admita el delito. La ley también cubre la agresión a un policía y los delitos que matan o hieren de gravedad a alguien. ICE también debe mandar a la cárcel una [orden de retención migratoria](term:detainer).
- Las personas en [deportación acelerada](term:expedited-removal) quedan detenidas por otra parte de la ley ([8 U.S.C. §1225(b)](source:usc-8-1225)).

En 2018, en [Jennings v. Rodriguez](source:jennings-2018), la Corte Suprema dijo que estas leyes no dan audiencias de fianza cada cierto tiempo, ni siquiera en detenciones largas. No decidió si una detención muy larga va contra la Constitución. Según noticias e informes de bufetes, el 15 de junio de 2026 la Corte Suprema aceptó revisar esa pregunta para la §1226(c), en [Genalo v. Black](source:genalo-v-black-2026). Revise cómo va ese caso.</translation>
    </message>
    <message>
        <source>2025 and 2026: the fight over people who entered without inspection</source>
        <extracomment>topics/detention.json $.topics[0].sections[2].heading</extracomment>
        <translation>2025 y 2026: la lucha sobre las personas que entraron sin inspección</translation>
    </message>
    <message>
        <source>For almost 30 years, people who entered without inspection and were later arrested inside the country could usually ask for a bond hearing. That changed in 2025. Here is what the sources report:

- **July 8, 2025:** [ICE guidance](source:ice-detention-guidance-2025) told officers to treat these people as [applicants for admission](term:applicant-for-admission). That meant holding them with no bond hearing under [§1225(b)(2)(A)](source:usc-8-1225).
- **September 5, 2025:** the Board of Immigration Appeals agreed, in [Matter of Yajure Hurtado](source:yajure-hurtado-2025). It said immigration judges cannot hold bond hearings for this group.
- **November 2025 to February 2026:** a federal court in California took the other side in [Maldonado Bautista v. Santacruz](source:maldonado-bautista-2025). It certified a nationwide [class](term:class-action) of people it found eligible for bond hearings. As reported, it entered judgment on December 18, 2025. On February 18, 2026 it set aside Yajure Hurtado. In January 2026, [lawyers reported](source:aila-maldonado-alert-2026), the immigration courts had told judges to keep following Yajure Hurtado.
- **February 6, 2026:** the Fifth Circuit, which covers Texas, Louisiana and Mississippi, sided with the government, 2 to 1, in [Buenrostro-Mendez v. Bondi](source:buenrostro-mendez-2026).
- **Spring 2026:** news reports say the Eighth Circuit agreed with the Fifth, in [Avila v. Bondi](source:avila-8th-cir-2026). They say the Second Circuit disagreed, in [Cunha v. Freden](source:cunha-2d-cir-2026).

So the federal appeals courts disagree. This is a [circuit split](term:circuit-split). The state where a person is held can change the answer, and people are sometimes moved to another state. Reports from mid-2026 say the question was headed to the Supreme Court. This app could not confirm what happened after June 2026. Check the current status.</source>
        <extracomment>topics/detention.json $.topics[0].sections[2].body</extracomment>
        <translation>Por casi 30 años, las personas que entraron sin inspección y luego fueron arrestadas dentro del país podían pedir casi siempre una audiencia de fianza. Eso cambió en 2025. Esto es lo que dicen las fuentes:

- **8 de julio de 2025:** una [guía de ICE](source:ice-detention-guidance-2025) dijo a sus agentes que trataran a estas personas como [solicitantes de admisión](term:applicant-for-admission). Eso quería decir tenerlas detenidas sin audiencia de fianza, según la [§1225(b)(2)(A)](source:usc-8-1225).
- **5 de septiembre de 2025:** la Junta de Apelaciones de Inmigración (BIA) estuvo de acuerdo, en [Matter of Yajure Hurtado](source:yajure-hurtado-2025). Dijo que los jueces de inmigración no pueden dar audiencias de fianza a este grupo.
- **De noviembre de 2025 a febrero de 2026:** un tribunal federal de California dijo lo contrario en [Maldonado Bautista v. Santacruz](source:maldonado-bautista-2025). Aprobó una [demanda colectiva](term:class-action) para todo el país, de personas que según el tribunal tienen derecho a esa audiencia. Según informes, dictó sentencia el 18 de diciembre de 2025. El 18 de febrero de 2026 anuló Yajure Hurtado. En enero de 2026, según [informaron abogados](source:aila-maldonado-alert-2026), los tribunales de inmigración habían dicho a los jueces que siguieran Yajure Hurtado.
- **6 de febrero de 2026:** el Quinto Circuito, que cubre Texas, Luisiana y Misisipi, le dio la razón al gobierno, 2 votos contra 1, en [Buenrostro-Mendez v. Bondi](source:buenrostro-mendez-2026).
- **Primavera de 2026:** según noticias, el Octavo Circuito estuvo de acuerdo con el Quinto, en [Avila v. Bondi](source:avila-8th-cir-2026). También dicen que el Segundo Circuito no estuvo de acuerdo, en [Cunha v. Freden](source:cunha-2d-cir-2026).

Así que hay un desacuerdo entre los tribunales de apelaciones federales. Esto es un [desacuerdo entre tribunales de apelaciones (circuit split)](term:circuit-split). El estado donde está detenida la persona puede cambiar la respuesta, y a veces llevan a las personas a otro estado. Informes de mediados de 2026 dicen que el tema iba camino a la Corte Suprema. Esta aplicación no pudo confirmar qué pasó después de junio de 2026. Revise cómo está hoy.</translation>
    </message>
    <message>
        <source>Habeas corpus: asking a federal court</source>
        <extracomment>topics/detention.json $.topics[0].sections[3].heading</extracomment>
        <translation>El hábeas corpus: pedir ayuda a un tribunal federal</translation>
    </message>
    <message>
        <source>[Habeas corpus](term:habeas-corpus) is a case in federal court that asks whether a person&apos;s detention is lawful. It is filed in the district where the person is held, against the official holding them ([28 U.S.C. §2241](source:usc-28-2241)).

It is the usual route when the detention itself breaks the law, or when no bond hearing is offered. In 2025 and 2026, many detained people used it to ask for a bond hearing or for release. A person can file one without a lawyer ([28 U.S.C. §2242](source:usc-28-2242)), but it is usually done with a lawyer&apos;s help.

- After a final removal order, [Zadvydas v. Davis](source:zadvydas-2001) limits detention. After about six months, if removal is not likely soon, the government must justify holding the person.
- In [Trump v. J.G.G.](source:trump-jgg-2025) (April 7, 2025) and [A.A.R.P. v. Trump](source:aarp-2025) (May 16, 2025), two cases about the Alien Enemies Act, the Supreme Court said people must get notice in time to really seek habeas before removal. Notice about 24 hours ahead, with no word on how to challenge it, was not enough.</source>
        <extracomment>topics/detention.json $.topics[0].sections[3].body</extracomment>
        <translation>El [hábeas corpus](term:habeas-corpus) es un caso en un tribunal federal que pregunta si la detención de una persona es legal. Se presenta en el distrito donde está detenida la persona, contra el funcionario que la tiene ([28 U.S.C. §2241](source:usc-28-2241)).

Es la vía de siempre cuando la detención misma va contra la ley, o cuando no se ofrece una audiencia de fianza. En 2025 y 2026, muchas personas detenidas lo usaron para pedir una audiencia de fianza o su libertad. Una persona puede presentarlo sin abogado ([28 U.S.C. §2242](source:usc-28-2242)), pero casi siempre se hace con la ayuda de uno.

- Después de una orden final de deportación, [Zadvydas v. Davis](source:zadvydas-2001) pone un límite a la detención. Pasados unos seis meses, si no es probable que la deporten pronto, el gobierno debe justificar por qué la sigue teniendo.
- En [Trump v. J.G.G.](source:trump-jgg-2025) (7 de abril de 2025) y [A.A.R.P. v. Trump](source:aarp-2025) (16 de mayo de 2025), dos casos sobre la Ley de Enemigos Extranjeros (Alien Enemies Act), la Corte Suprema dijo que hay que avisar a tiempo. Así la persona puede pedir de verdad un hábeas corpus antes de que la saquen del país. Un aviso de unas 24 horas, sin decir cómo oponerse, no fue suficiente.</translation>
    </message>
    <message>
        <source>Fast-track removal (expedited removal)</source>
        <extracomment>topics/detention.json $.topics[0].sections[4].heading</extracomment>
        <translation>La deportación rápida (deportación acelerada o expedited removal)</translation>
    </message>
    <message>
        <source>[Expedited removal](term:expedited-removal) lets an immigration officer order a person removed with no hearing before an immigration judge ([8 U.S.C. §1225(b)(1)](source:usc-8-1225)). Under the law, a person who says they fear return is sent for a &quot;credible fear&quot; interview. People in this process are held while it goes on.

For years it was used mostly near the border. Since January 21, 2025, a [DHS notice](source:er-designation-2025) lets officers use it anywhere in the country. It reaches people who were not admitted or paroled and cannot show they have been in the United States for the past two years.

- **August 29, 2025:** a federal judge in Washington, D.C. paused the expansion, in [Make the Road New York v. Noem](source:make-the-road-ddc-2025).
- **Mid-2026:** news reports say the D.C. Circuit reversed that order, 2 to 1 ([Make the Road New York v. Mullin](source:make-the-road-dc-cir-2026)). The exact date could not be confirmed. Check the current status.

This is why [immigration lawyers](source:two-year-proof-guides) tell people who entered without inspection to keep proof of two years here ready. Examples are leases, bills, pay stubs, and tax, school or medical records with the person&apos;s name and a date. A lawyer can say which papers make sense to carry.</source>
        <extracomment>topics/detention.json $.topics[0].sections[4].body</extracomment>
        <translation>La [deportación acelerada](term:expedited-removal) deja que un oficial de inmigración ordene sacar a una persona del país sin una audiencia ante un juez de inmigración ([8 U.S.C. §1225(b)(1)](source:usc-8-1225)). Según la ley, a quien dice que tiene miedo de volver lo mandan a una entrevista de &quot;miedo creíble&quot;. Las personas en este proceso quedan detenidas mientras dura.

Por años se usó sobre todo cerca de la frontera. Desde el 21 de enero de 2025, un [aviso del DHS](source:er-designation-2025) deja que los oficiales la usen en todo el país. Alcanza a quienes no fueron admitidos ni recibieron un permiso de entrada (parole) y no pueden mostrar que llevan dos años en Estados Unidos.

- **29 de agosto de 2025:** una jueza federal de Washington, D.C. frenó la expansión, en [Make the Road New York v. Noem](source:make-the-road-ddc-2025).
- **Mediados de 2026:** según noticias, el Circuito de D.C. anuló esa decisión, 2 votos contra 1 ([Make the Road New York v. Mullin](source:make-the-road-dc-cir-2026)). No se pudo confirmar la fecha exacta. Revise cómo está hoy.

Por eso los [abogados de inmigración](source:two-year-proof-guides) dicen a quienes entraron sin inspección que tengan a mano pruebas de dos años aquí. Por ejemplo, contratos de renta, facturas, talones de pago y papeles de impuestos, de la escuela o médicos, con el nombre de la persona y una fecha. Un abogado puede decir qué papeles conviene llevar.</translation>
    </message>
    <message>
        <source>If the detention was wrong: asking for money</source>
        <extracomment>topics/detention.json $.topics[0].sections[5].heading</extracomment>
        <translation>Si la detención fue un error: pedir dinero</translation>
    </message>
    <message>
        <source>Some people, including U.S. citizens, are held when they should not be. Asking for money is a separate route from getting out. Each route has strict rules and deadlines.

- **Federal officers, such as ICE:** the [Federal Tort Claims Act](term:ftca) lets people ask the United States for money for some harms by federal workers. This includes false arrest or false imprisonment by federal officers. First, a written claim must go to the agency within two years, often on Standard Form 95. A lawsuit can come only after the agency says no, or after six months with no answer ([28 U.S.C. §§2401(b), 2675(a)](source:ftca-claims)). Suits against the officers themselves, called [Bivens](term:bivens) claims, are now very hard to bring ([Egbert v. Boule](source:egbert-2022)).
- **Local officers and counties:** a [Section 1983](term:section-1983) suit ([42 U.S.C. §1983](source:usc-42-1983)) can be brought against state or local officials, or a county, who violate federal rights. In [Galarza](source:galarza-2014), a court said a county could be liable for holding a man on a detainer. In [Miranda-Olivares](source:miranda-olivares-2014), a court found a county responsible.

These cases are hard to win. A lawyer can say which route fits, if any, and which deadlines apply.</source>
        <extracomment>topics/detention.json $.topics[0].sections[5].body</extracomment>
        <translation>A algunas personas, incluso ciudadanos de Estados Unidos, las detienen cuando no debían. Pedir dinero es un camino distinto al de salir libre. Cada camino tiene reglas y plazos estrictos.

- **Agentes federales, como los de ICE:** la [Ley Federal de Reclamos por Daños](term:ftca) (FTCA) deja pedir dinero a Estados Unidos por algunos daños causados por empleados federales. Esto incluye un arresto o una detención ilegal por agentes federales. Primero hay que mandar un reclamo por escrito a la agencia, dentro de dos años, muchas veces en el Formulario Estándar 95. Solo se puede demandar si la agencia dice que no, o si pasan seis meses sin respuesta ([28 U.S.C. §§2401(b), 2675(a)](source:ftca-claims)). Hoy es muy difícil demandar a los mismos agentes, en los casos llamados [Bivens](term:bivens) ([Egbert v. Boule](source:egbert-2022)).
- **Funcionarios locales y condados:** con una demanda bajo la [Sección 1983](term:section-1983) ([42 U.S.C. §1983](source:usc-42-1983)) se puede demandar a funcionarios estatales o locales, o a un condado, que violan derechos federales. En [Galarza](source:galarza-2014), un tribunal dijo que un condado podía ser responsable por retener a un hombre con una orden de retención. En [Miranda-Olivares](source:miranda-olivares-2014), un tribunal declaró responsable a un condado.

Es difícil ganar estos casos. Un abogado puede decir qué camino sirve, si alguno sirve, y qué plazos hay.</translation>
    </message>
    <message>
        <source>Finding help</source>
        <extracomment>topics/detention.json $.topics[0].sections[6].heading</extracomment>
        <translation>Cómo encontrar ayuda</translation>
    </message>
    <message>
        <source>Immigration courts do not give people a free lawyer paid for by the government ([8 U.S.C. §1362](source:usc-8-1362)). Some nonprofit groups give free or low-cost help. The Justice Department&apos;s [EOIR](term:eoir) keeps a [list of free legal service providers](source:eoir-pro-bono). It also lists [accredited representatives](term:accredited-representative) ([EOIR](source:eoir-ra)).

A lawyer or DOJ-accredited representative can check which detention law ICE is using. They can check whether the person is in the Maldonado Bautista class, whether to ask for a bond hearing, and whether a habeas case fits. The flow [Can they get a bond hearing?](page:flow/can-they-get-a-bond-hearing) goes through these questions.

[Find legal help](page:help)</source>
        <extracomment>topics/detention.json $.topics[0].sections[6].body</extracomment>
        <translation>En el tribunal de inmigración no hay un abogado gratis nombrado por el gobierno ([8 U.S.C. §1362](source:usc-8-1362)). Algunos grupos sin fines de lucro dan ayuda gratis o barata. La [EOIR](term:eoir), del Departamento de Justicia, tiene una [lista de servicios legales gratis](source:eoir-pro-bono). También tiene listas de [representantes acreditados](term:accredited-representative) ([EOIR](source:eoir-ra)).

Un abogado o un representante acreditado por el Departamento de Justicia puede revisar qué ley usa ICE para la detención. Puede ver si la persona está en la demanda colectiva de Maldonado Bautista, si conviene pedir una audiencia de fianza y si cabe un hábeas corpus. El esquema [¿Puede tener una audiencia de fianza?](page:flow/can-they-get-a-bond-hearing) repasa estas preguntas.

[Buscar ayuda legal](page:help)</translation>
    </message>
    <message>
        <source>Many people held by ICE may ask an immigration judge to set bond. Since 2025, whether they can depends on how they entered, on any criminal charges and on where they are held.</source>
        <extracomment>topics/detention.json $.topics[0].takeaways[0]</extracomment>
        <translation>Muchas personas detenidas por ICE pueden pedir a un juez de inmigración que fije una fianza. Desde 2025, que puedan hacerlo depende de cómo entraron, de si tienen cargos penales y de dónde están detenidas.</translation>
    </message>
    <message>
        <source>Courts disagree about people who entered without inspection. Check the current status.</source>
        <extracomment>topics/detention.json $.topics[0].takeaways[1]</extracomment>
        <translation>Los tribunales no están de acuerdo sobre las personas que entraron sin inspección. Revise cómo está hoy.</translation>
    </message>
    <message>
        <source>The Laken Riley Act (2025) requires detention without bond for some people arrested or charged, even with no conviction, for theft and similar crimes.</source>
        <extracomment>topics/detention.json $.topics[0].takeaways[2]</extracomment>
        <translation>La Ley Laken Riley (2025) obliga a detener sin fianza a algunas personas arrestadas o acusadas, aunque no haya condena, por robo y delitos parecidos.</translation>
    </message>
    <message>
        <source>When the detention itself breaks the law, or no hearing is offered, the usual route is habeas corpus in federal court.</source>
        <extracomment>topics/detention.json $.topics[0].takeaways[3]</extracomment>
        <translation>Cuando la detención misma va contra la ley, o no se ofrece una audiencia, la vía de siempre es el hábeas corpus en un tribunal federal.</translation>
    </message>
    <message>
        <source>Since January 2025, expedited removal can reach people anywhere in the country who cannot show two years in the United States.</source>
        <extracomment>topics/detention.json $.topics[0].takeaways[4]</extracomment>
        <translation>Desde enero de 2025, la deportación acelerada puede alcanzar en todo el país a quienes no pueden mostrar dos años en Estados Unidos.</translation>
    </message>
    <message>
        <source>Immigration courts do not give people a free lawyer paid for by the government.</source>
        <extracomment>topics/detention.json $.topics[0].takeaways[5]</extracomment>
        <translation>En el tribunal de inmigración no hay un abogado gratis pagado por el gobierno.</translation>
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
        <translation>Los tribunales también han respaldado acciones federales que las ciudades llamaron extralimitación. En *Los Angeles v. Barr* (2019), un tribunal de apelaciones permitió que una subvención competitiva para la policía diera puntos extra a las ciudades que cooperaban en temas de inmigración. En *New York v. DOJ* (2020), un caso contra el Departamento de Justicia, otro tribunal de apelaciones respaldó las mismas condiciones de Byrne JAG que otros tribunales anularon. La Corte Suprema no resolvió ese desacuerdo entre tribunales de apelaciones (circuit split).

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
        <source>The [Spending Clause](term:spending-clause) lets Congress attach conditions to federal money. This is often called &quot;the power of the purse.&quot; The President cannot add conditions Congress did not set. In 2018, an appeals court used that rule to strike down part of a 2017 executive order.

Conditions set by Congress have limits too. In *South Dakota v. Dole* (1987), the Court said Congress must state its conditions clearly, so states know what they accept. The conditions must also be tied to the program&apos;s purpose, and they cannot coerce. In *NFIB v. Sebelius* (2012), it found a threat to take away all of a state&apos;s Medicaid money too coercive. The Chief Justice called it &quot;a gun to the head.&quot;</source>
        <extracomment>topics/federal-overreach.json $.topics[0].sections[2].body</extracomment>
        <translation>La [Cláusula de Gasto](term:spending-clause) permite que el Congreso ponga condiciones al dinero federal. En inglés se le llama &quot;the power of the purse&quot;: el control del dinero público. El presidente no puede agregar condiciones que el Congreso no fijó. En 2018, un tribunal de apelaciones usó esa regla para anular parte de una orden ejecutiva de 2017.

Las condiciones que fija el Congreso también tienen límites. En *South Dakota v. Dole* (1987), la Corte Suprema dijo que el Congreso debe poner sus condiciones con claridad, para que los estados sepan qué aceptan. Además, deben estar ligadas al propósito del programa y no pueden ser coercitivas. En *NFIB v. Sebelius* (2012), concluyó que amenazar con quitarle a un estado todo su dinero de Medicaid era demasiado coercitivo. El presidente de la Corte Suprema lo llamó &quot;una pistola en la cabeza&quot;.</translation>
    </message>
    <message>
        <source>The [Fourth Amendment](term:fourth-amendment) protects against unreasonable searches and [seizures](term:seizure). A seizure is when the government takes control of a person, such as by holding them. Two questions come up often.

**Holding someone on a detainer.** When a jail keeps a person after they should go free, some federal courts have called that a new seizure. It needs [probable cause](term:probable-cause). In *Miranda-Olivares* (2014), a detainer that only said an investigation had begun was not enough.

**Entering a home.** In [Payton](source:payton-1980) (1980), the Supreme Court held that, as a rule, police may not go into a home to arrest someone without a warrant from a judge. There are two exceptions: someone agrees to let them in, or there is a real emergency, like chasing a suspect who runs inside (hot pursuit). A judge&apos;s arrest warrant lets police go into the home where the named person lives, if they have reason to believe the person is there. Going into another person&apos;s home to find them usually takes a search warrant ([Steagald](source:steagald-1981), 1981).

Longstanding guidance says an administrative immigration warrant alone does not allow entry without consent. A 2025 ICE memo, made public in January 2026, takes a different view for people with a final removal order. Law professors said it conflicts with *Payton*. In January 2026, news reports say, a federal judge in Minnesota found that one such forced entry broke the Fourth Amendment. The judge did not rule on the memo itself. The memo&apos;s legality is contested.</source>
        <extracomment>topics/federal-overreach.json $.topics[0].sections[3].body</extracomment>
        <translation>La [Cuarta Enmienda](term:fourth-amendment) protege contra registros y [detenciones](term:seizure) irrazonables. Una detención (en inglés, &quot;seizure&quot;) ocurre cuando el gobierno toma control de una persona, por ejemplo, al retenerla. Hay dos preguntas que surgen a menudo.

**Retener a alguien por una orden de retención migratoria.** Cuando una cárcel mantiene a una persona después de la hora en que debía quedar libre, algunos tribunales federales han dicho que eso es una nueva detención. Necesita [causa probable](term:probable-cause). En *Miranda-Olivares* (2014), una orden de retención que solo decía que se había iniciado una investigación no fue suficiente.

**Entrar a una vivienda.** En [Payton](source:payton-1980) (1980), la Corte Suprema decidió que, por regla general, la policía no puede entrar a una vivienda para arrestar a alguien sin una orden de un juez. Hay dos excepciones: que alguien la deje entrar, o que haya una emergencia real, como perseguir a alguien que huye hacia adentro (persecución inmediata o &quot;hot pursuit&quot;). Una orden de arresto de un juez permite entrar a la vivienda donde vive la persona nombrada, si hay razones para creer que está allí. Para entrar a la vivienda de otra persona a buscarla, por lo general hace falta una orden de registro ([Steagald](source:steagald-1981), 1981).

Desde hace años, las guías dicen que una orden administrativa de inmigración por sí sola no permite entrar sin consentimiento. Un memorando de ICE de 2025, que se hizo público en enero de 2026, tiene otra postura para las personas con una orden final de deportación. Profesores de derecho dijeron que contradice *Payton*. Según informes de prensa, en enero de 2026 un juez federal de Minnesota concluyó que una de esas entradas por la fuerza violó la Cuarta Enmienda. El juez no decidió sobre el memorando en sí. La legalidad del memorando está en disputa.</translation>
    </message>
    <message>
        <source>States can overstep too. When a valid federal law overrides a state law, that is called [preemption](term:preemption).

In *Arizona v. United States* (2012), the Supreme Court blocked three parts of Arizona&apos;s SB 1070. Two made it a state crime to not carry registration papers, or to work without permission. A third let police arrest people without a warrant for being removable. A part about checking status was not blocked before it took effect.

Newer state laws make illegal entry a state crime. A federal judge blocked Florida SB 4-C (2025) in April 2025. On July 9, 2025, the Supreme Court turned down Florida&apos;s emergency request and left the law on hold ([Uthmeier](source:uthmeier-2025)). The Eleventh Circuit held arguments on the state&apos;s appeal in October 2025. We did not find its decision in our sources.

A court order had kept Texas SB 4 (2023) on hold since February 2024. News and law-firm reports say the full Fifth Circuit ended that hold in 2026. It found that the groups and county that sued had no [standing](term:standing), and it did not rule on whether the law is constitutional. Then came a new challenge. On May 29, 2026, as reported, three judges of the Fifth Circuit let Texas start enforcing key parts of SB 4 while that case goes on. These results can change quickly, so the current status is worth checking.</source>
        <extracomment>topics/federal-overreach.json $.topics[0].sections[4].body</extracomment>
        <translation>Los estados también pueden excederse. Cuando una ley federal válida se impone sobre una ley estatal, eso se llama [prevalencia de la ley federal](term:preemption) (en inglés, &quot;preemption&quot;).

En *Arizona v. United States* (2012), la Corte Suprema bloqueó tres partes de la ley SB 1070 de Arizona. Dos de ellas convertían en delito estatal no llevar consigo los papeles de registro o trabajar sin permiso. Una tercera permitía a la policía arrestar sin orden a personas por ser deportables. Una parte sobre verificar el estatus migratorio no se bloqueó antes de entrar en vigor.

Hay leyes estatales más nuevas que convierten la entrada ilegal en un delito estatal. Un juez federal bloqueó la ley SB 4-C de Florida (2025) en abril de 2025. El 9 de julio de 2025, la Corte Suprema rechazó el pedido de emergencia de Florida y la ley siguió en pausa ([Uthmeier](source:uthmeier-2025)). El Tribunal de Apelaciones del Undécimo Circuito escuchó los argumentos de la apelación del estado en octubre de 2025. No encontramos su decisión en nuestras fuentes.

Desde febrero de 2024, una orden para frenar (injunction) mantenía en pausa la ley SB 4 de Texas (2023). Según informes de prensa y de bufetes de abogados, el pleno del Quinto Circuito terminó con esa pausa en 2026. Concluyó que los grupos y el condado que demandaron no tenían [legitimación para demandar](term:standing), y no decidió si la ley es constitucional. Luego llegó una nueva demanda. Según los informes, el 29 de mayo de 2026 tres jueces del Quinto Circuito permitieron que Texas empezara a aplicar partes clave de la ley SB 4 mientras sigue ese caso. Estos resultados pueden cambiar rápido, así que vale la pena averiguar cómo está el caso ahora.</translation>
    </message>
    <message>
        <source>Only Congress can attach conditions to federal money. It must state them clearly, and it cannot coerce.</source>
        <extracomment>topics/federal-overreach.json $.topics[0].takeaways[3]</extracomment>
        <translation>Solo el Congreso puede poner condiciones al dinero federal. Debe ponerlas con claridad, y no puede usarlas para coaccionar a los estados.</translation>
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
        <extracomment>topics/legal-challenges.json $.topics[0].takeaways[5]</extracomment>
        <translation>En nuestras fuentes (que llegan hasta alrededor de junio de 2026), varias apelaciones seguían pendientes o sin confirmar.</translation>
    </message>
    <message>
        <source>- **Galarza (2014).** A U.S. citizen was held about three days after he posted bail. A federal appeals court said detainers are requests, not commands. So the county could be responsible for choosing to hold him.
- **Miranda-Olivares (2014).** A jail in Oregon held a woman 19 hours past her release. A federal court said that was a new [seizure](term:seizure) that needed [probable cause](term:probable-cause). After this, many Oregon jails stopped honoring detainers.
- **Lunn (2017).** Massachusetts&apos;s highest court said holding someone on a detainer is an arrest under state law. State law gives court officers no power to hold a person only on a federal civil detainer. The court left any change to the state legislature.
- **Gonzalez v. ICE (2019 and 2020).** In 2019, a federal trial court in California found ICE broke the Fourth Amendment with detainers based only on database checks. It also faulted detainers sent to states with no law allowing civil immigration arrests. In 2020, the Ninth Circuit threw out the parts about database checks and state law. (Its rulings bind federal courts in western states.) But it said a person held on a detainer needs a quick probable-cause decision by a neutral judge. It sent the case back. What happened next was not confirmed in our sources.

The *Galarza* and *Miranda-Olivares* suits were against counties, under a law often called [Section 1983](term:section-1983). Suits for money against federal officers, called [Bivens](term:bivens) claims, are now very limited.</source>
        <extracomment>topics/legal-challenges.json $.topics[0].sections[0].body</extracomment>
        <translation>- **Galarza (2014).** Un ciudadano estadounidense quedó retenido unos tres días después de pagar su fianza. Un tribunal federal de apelaciones dijo que las órdenes de retención migratoria son solicitudes, no órdenes obligatorias. Por eso, el condado podía ser responsable por decidir retenerlo.
- **Miranda-Olivares (2014).** Una cárcel de Oregón retuvo a una mujer 19 horas después de la hora en que debía salir libre. Un tribunal federal dijo que eso era una nueva [detención](term:seizure) que necesitaba [causa probable](term:probable-cause). Después de esto, muchas cárceles de Oregón dejaron de cumplir las órdenes de retención.
- **Lunn (2017).** El tribunal más alto de Massachusetts dijo que retener a alguien por una orden de retención es un arresto según la ley estatal. La ley estatal no da a los oficiales de los tribunales poder para retener a una persona solo por una orden de retención civil federal. El tribunal dejó cualquier cambio en manos de la legislatura estatal.
- **Gonzalez v. ICE (2019 y 2020).** En 2019, un tribunal federal de primera instancia en California concluyó que ICE violó la Cuarta Enmienda con órdenes de retención basadas solo en búsquedas en bases de datos. También encontró fallas en las órdenes de retención enviadas a estados sin una ley que permita arrestos migratorios civiles. En 2020, el Noveno Circuito anuló las partes sobre las búsquedas en bases de datos y sobre la ley estatal. (Sus fallos obligan a los tribunales federales de los estados del oeste). Pero dijo que una persona retenida por una orden de retención necesita que un juez neutral decida pronto si hay causa probable. Devolvió el caso al tribunal inferior. Lo que pasó después no se confirmó en nuestras fuentes.

Las demandas de *Galarza* y *Miranda-Olivares* fueron contra condados, bajo una ley que a menudo se llama [Sección 1983](term:section-1983). Las demandas por dinero contra funcionarios federales, llamadas demandas [Bivens](term:bivens), ahora son muy limitadas.</translation>
    </message>
    <message>
        <source>In 2017, a new executive order and new grant conditions targeted sanctuary places. Cities sued.

- **San Francisco v. Trump (August 2018).** An appeals court said the order&apos;s funding part was unconstitutional. Only Congress holds the power of the purse.
- **Chicago (2018 and 2020) and Philadelphia (2019).** Appeals courts said the Justice Department had no power from Congress to add the [Byrne JAG](term:byrne-jag) conditions.
- **Los Angeles v. Barr (2019).** An appeals court went the other way on a different, competitive grant. Extra points for cooperation were allowed.
- **New York v. DOJ (2020).** Another appeals court upheld the Byrne JAG conditions. This created a [circuit split](term:circuit-split).

In March 2021, the new administration settled these grant disputes. The Supreme Court then dismissed the pending appeals at the parties&apos; joint request. The split was left open.</source>
        <extracomment>topics/legal-challenges.json $.topics[0].sections[1].body</extracomment>
        <translation>En 2017, una nueva orden ejecutiva y nuevas condiciones para las subvenciones apuntaron a los lugares &quot;santuario&quot;. Las ciudades demandaron.

- **San Francisco v. Trump (agosto de 2018).** Un tribunal de apelaciones dijo que la parte de la orden sobre fondos era inconstitucional. Solo el Congreso tiene el control del dinero público.
- **Chicago (2018 y 2020) y Filadelfia (2019).** Tribunales de apelaciones dijeron que el Congreso no le dio al Departamento de Justicia poder para agregar las condiciones de [Byrne JAG](term:byrne-jag).
- **Los Angeles v. Barr (2019).** Un tribunal de apelaciones decidió lo contrario sobre otra subvención, que era competitiva. Se permitieron puntos extra por cooperar.
- **New York v. DOJ (2020).** Otro tribunal de apelaciones respaldó las condiciones de Byrne JAG. Esto creó un [desacuerdo entre tribunales de apelaciones](term:circuit-split) (circuit split).

En marzo de 2021, el nuevo gobierno llegó a un acuerdo en estas disputas sobre las subvenciones. Luego, la Corte Suprema desestimó las apelaciones pendientes a pedido conjunto de las partes. El desacuerdo quedó sin resolver.</translation>
    </message>
    <message>
        <source>- **Arizona (2012).** The Supreme Court blocked three parts of Arizona&apos;s SB 1070 as [preempted](term:preemption) by federal law.
- **El Cenizo (May 2018).** An appeals court upheld most of Texas SB 4 (2017), including the rule that jails honor detainers. It said this was not commandeering, because the state was directing its own cities and counties. It struck a ban on officials &quot;endorsing&quot; sanctuary policies.
- **United States v. California (April 2019).** An appeals court said California SB 54 is not preempted. The courts said refusing to help is not the same as getting in the way. The Supreme Court declined to review it in 2020.
- **Texas SB 4 (2023).** This law made illegal entry a state crime. A court order had kept it on hold since February 2024. News and law-firm reports say the full Fifth Circuit ended that hold in 2026. It found that the groups and county that sued had no [standing](term:standing), and it did not rule on whether the law is constitutional. Texas then planned to start using the law on May 15, 2026. On May 4, 2026, people sued as a class in *LML v. Martin*, and a trial court blocked the law again. On May 29, 2026, three judges of the Fifth Circuit paused that order while the appeal goes on. As reported, Texas could then enforce the crimes of illegal entry and re-entry, and state judges could order some people to return to the country they came from. Check the current status; it may have changed.
- **Florida SB 4-C (2025).** A similar Florida law. A federal judge blocked it in April 2025. On July 9, 2025, the Supreme Court turned down Florida&apos;s emergency request and left the law on hold ([Uthmeier](source:uthmeier-2025)). The Eleventh Circuit held arguments on the state&apos;s appeal in October 2025. We did not find its decision in our sources.
- **Other states.** In June 2025, the ACLU of Florida reported that courts had also ruled against similar laws in Oklahoma, Idaho and Iowa. Their later status was not confirmed in our sources.</source>
        <extracomment>topics/legal-challenges.json $.topics[0].sections[2].body</extracomment>
        <translation>- **Arizona (2012).** La Corte Suprema bloqueó tres partes de la ley SB 1070 de Arizona, porque la ley federal [prevalece sobre ellas](term:preemption).
- **El Cenizo (mayo de 2018).** Un tribunal de apelaciones respaldó la mayor parte de la ley SB 4 de Texas (2017), incluida la regla de que las cárceles cumplan las órdenes de retención migratoria. Dijo que esto no era una &quot;requisición&quot; prohibida (commandeering), porque el estado daba instrucciones a sus propias ciudades y condados. Anuló la prohibición de que los funcionarios &quot;apoyaran&quot; políticas &quot;santuario&quot;.
- **United States v. California (abril de 2019).** Un tribunal de apelaciones dijo que la ley federal no prevalece sobre la ley SB 54 de California. Los tribunales dijeron que negarse a ayudar no es lo mismo que estorbar. La Corte Suprema se negó a revisar el caso en 2020.
- **Ley SB 4 de Texas (2023).** Esta ley convirtió la entrada ilegal en un delito estatal. Desde febrero de 2024, una orden para frenarla (injunction) la mantenía en pausa. Según informes de prensa y de bufetes de abogados, el pleno del Quinto Circuito terminó con esa pausa en 2026. Concluyó que los grupos y el condado que demandaron no tenían [legitimación para demandar](term:standing), y no decidió si la ley es constitucional. Texas pensaba empezar a aplicar la ley el 15 de mayo de 2026. El 4 de mayo de 2026, varias personas presentaron una demanda colectiva, *LML v. Martin*, y un tribunal de primera instancia volvió a bloquear la ley. El 29 de mayo de 2026, tres jueces del Quinto Circuito suspendieron esa orden mientras sigue la apelación. Según los informes, Texas pudo entonces aplicar los delitos de entrada ilegal y de reingreso, y los jueces estatales pudieron ordenar a algunas personas que regresen al país del que vinieron. Averigüe cómo está el caso ahora; puede haber cambiado.
- **Ley SB 4-C de Florida (2025).** Una ley parecida de Florida. Un juez federal la bloqueó en abril de 2025. El 9 de julio de 2025, la Corte Suprema rechazó el pedido de emergencia de Florida y la ley siguió en pausa ([Uthmeier](source:uthmeier-2025)). El Undécimo Circuito escuchó los argumentos de la apelación del estado en octubre de 2025. No encontramos su decisión en nuestras fuentes.
- **Otros estados.** En junio de 2025, la ACLU de Florida informó que los tribunales también habían fallado en contra de leyes parecidas en Oklahoma, Idaho y Iowa. En nuestras fuentes no se confirmó qué pasó después con ellas.</translation>
    </message>
    <message>
        <source>In 2025, new executive orders said sanctuary places should lose federal money. San Francisco and other places sued again.

- **April 24, 2025.** Judge Orrick issued a [preliminary injunction](term:preliminary-injunction). It barred the government from withholding, freezing or adding conditions to funds under parts of two orders, [EO 14159](source:eo-14159) and [EO 14218](source:eo-14218), and a [Justice Department directive](source:bondi-memo-2025) of February 5, 2025.
- **May 2025.** He said a third order, [EO 14287](source:eo-14287), could not be used to get around the injunction.
- **August 22, 2025.** He expanded it to Los Angeles, Boston, Chicago, Denver and about 30 more places.
- **December 5, 2025.** The government&apos;s appeal was argued in the Ninth Circuit.
- **About January 20, 2026.** The trial judge denied the government&apos;s motion to dismiss and paused the case while the appeal goes on.

The appeals court decision was not known in our sources (which run to about June 2026).</source>
        <extracomment>topics/legal-challenges.json $.topics[0].sections[3].body</extracomment>
        <translation>En 2025, nuevas órdenes ejecutivas dijeron que los lugares &quot;santuario&quot; debían perder el dinero federal. San Francisco y otros lugares demandaron de nuevo.

- **24 de abril de 2025.** El juez Orrick dictó una [medida cautelar](term:preliminary-injunction) (una orden temporal del tribunal). Prohibió al gobierno retener, congelar o poner condiciones a fondos con base en partes de dos órdenes, la [EO 14159](source:eo-14159) y la [EO 14218](source:eo-14218), y de una [directiva del Departamento de Justicia](source:bondi-memo-2025) del 5 de febrero de 2025.
- **Mayo de 2025.** Dijo que no se podía usar una tercera orden, la [EO 14287](source:eo-14287), para evitar esa medida cautelar.
- **22 de agosto de 2025.** La amplió a Los Ángeles, Boston, Chicago, Denver y unos 30 lugares más.
- **5 de diciembre de 2025.** Se presentaron los argumentos orales de la apelación del gobierno ante el Noveno Circuito.
- **Alrededor del 20 de enero de 2026.** El juez de primera instancia rechazó el pedido del gobierno de desestimar el caso. También puso el caso en pausa mientras sigue la apelación.

La decisión del tribunal de apelaciones no se conocía en nuestras fuentes (que llegan hasta alrededor de junio de 2026).</translation>
    </message>
    <message>
        <source>- **United States v. Illinois.** Filed in February 2025 against Illinois, Chicago and Cook County. Dismissed on July 25, 2025. The judge said the [Tenth Amendment](term:tenth-amendment) protects these limits on helping ICE, and federal law does not preempt them. The government did not amend its complaint, so the dismissal became one [with prejudice](term:dismissal-with-prejudice). The government then appealed. The result was not known in our sources.
- **United States v. New York.** About New York&apos;s Protect Our Courts Act. Dismissed on November 17, 2025. The judge said no federal law requires states to help with civil immigration enforcement. Any appeal was not confirmed in our sources.
- **United States v. City of Los Angeles.** According to reports, a judge dismissed this case in June 2026. The reports say the city&apos;s rule covers only its own workers. The government could amend by July 3, 2026. What happened after that is not known in our sources.
- **Other suits.** News reports in 2025 described more U.S. suits over local limits on helping ICE. They named Colorado and Denver (May 2025), Rochester, New York, four New Jersey cities (May 2025), New York City, and Boston (September 2025). Their outcomes were not confirmed in our sources.</source>
        <extracomment>topics/legal-challenges.json $.topics[0].sections[4].body</extracomment>
        <translation>- **United States v. Illinois.** Se presentó en febrero de 2025 contra Illinois, Chicago y el Condado de Cook. Se desestimó el 25 de julio de 2025. El fallo dijo que la [Décima Enmienda](term:tenth-amendment) protege estos límites a la ayuda a ICE, y que la ley federal no prevalece sobre ellos. El gobierno no modificó su demanda, así que la desestimación pasó a ser [con perjuicio](term:dismissal-with-prejudice), es decir, definitiva. Luego, el gobierno apeló. El resultado no se conocía en nuestras fuentes.
- **United States v. New York.** Trata sobre la Ley para Proteger Nuestros Tribunales (Protect Our Courts Act) de Nueva York. Se desestimó el 17 de noviembre de 2025. El fallo dijo que ninguna ley federal obliga a los estados a ayudar con el control migratorio civil. En nuestras fuentes no se confirmó ninguna apelación.
- **United States v. City of Los Angeles.** Según informes, un tribunal desestimó este caso en junio de 2026. Los informes dicen que la norma de la ciudad solo se aplica a sus propios empleados. El gobierno podía modificar su demanda hasta el 3 de julio de 2026. En nuestras fuentes no se sabe qué pasó después.
- **Otras demandas.** En 2025, informes de prensa describieron más demandas del gobierno de Estados Unidos por los límites locales a la ayuda a ICE. Nombraron a Colorado y Denver (mayo de 2025), Rochester (Nueva York), cuatro ciudades de Nueva Jersey (mayo de 2025), la Ciudad de Nueva York y Boston (septiembre de 2025). Sus resultados no se confirmaron en nuestras fuentes.</translation>
    </message>
    <message>
        <source>Courts rarely refuse immigration cases as a &quot;[political question](term:political-question-doctrine).&quot; They usually decide them on the merits, as in *Arizona* (2012) and *Trump v. Hawaii* (2018). The real limits are different. Courts defer to executive choices, apply [standing](term:standing) rules and follow laws that limit their [jurisdiction](term:jurisdiction), or power to hear a case. A choice not to enforce is usually not reviewable.

In our sources (which run to about June 2026), these were still pending or not confirmed:

- the Ninth Circuit appeal in the 2025 San Francisco case;
- the Seventh Circuit appeal in *United States v. Illinois*;
- any appeal in *United States v. New York*;
- anything after July 3, 2026 in the Los Angeles case;
- the U.S. suits against Colorado and Denver, Rochester, New Jersey cities, New York City and Boston;
- anything after May 29, 2026 in the fight over Texas SB 4 (2023), and the exact date of the 2026 ruling by the full Fifth Circuit ([en banc](term:en-banc));
- the Eleventh Circuit&apos;s ruling on Florida SB 4-C (2025);
- the later status of similar laws in Oklahoma, Idaho and Iowa.</source>
        <extracomment>topics/legal-challenges.json $.topics[0].sections[5].body</extracomment>
        <translation>Los tribunales rara vez rechazan casos de inmigración por ser una &quot;[cuestión política](term:political-question-doctrine)&quot;. Por lo general, deciden el fondo del asunto, como en *Arizona* (2012) y *Trump v. Hawaii* (2018). Los límites reales son otros. Los tribunales respetan las decisiones del poder ejecutivo, aplican las reglas de [legitimación (para demandar)](term:standing) y siguen las leyes que limitan su [jurisdicción](term:jurisdiction), es decir, su poder para ver un caso. Por lo general, la decisión de no hacer cumplir la ley no se puede revisar.

En nuestras fuentes (que llegan hasta alrededor de junio de 2026), estos asuntos seguían pendientes o sin confirmar:

- la apelación ante el Noveno Circuito en el caso de San Francisco de 2025;
- la apelación ante el Séptimo Circuito en *United States v. Illinois*;
- cualquier apelación en *United States v. New York*;
- cualquier novedad después del 3 de julio de 2026 en el caso de Los Ángeles;
- las demandas de Estados Unidos contra Colorado y Denver, Rochester, ciudades de Nueva Jersey, la Ciudad de Nueva York y Boston;
- cualquier novedad después del 29 de mayo de 2026 en la disputa sobre la ley SB 4 de Texas (2023), y la fecha exacta del fallo de 2026 del pleno del Quinto Circuito ([en banc](term:en-banc));
- el fallo del Undécimo Circuito sobre la ley SB 4-C de Florida (2025);
- qué pasó después con leyes parecidas en Oklahoma, Idaho y Iowa.</translation>
    </message>
    <message>
        <source>As reported, since May 29, 2026 Texas may enforce key parts of its 2023 illegal-entry law while a court challenge goes on. Florida&apos;s similar law stayed blocked in our sources.</source>
        <extracomment>topics/legal-challenges.json $.topics[0].takeaways[4]</extracomment>
        <translation>Según informes, desde el 29 de mayo de 2026 Texas puede aplicar partes clave de su ley de 2023 sobre la entrada ilegal mientras sigue una demanda. La ley parecida de Florida seguía bloqueada en nuestras fuentes.</translation>
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
        <translation>Un [recurso de mandamus](term:mandamus) es un tipo antiguo de orden de un tribunal. El nombre viene del latín y significa &quot;ordenamos&quot;.

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
        <translation>Para detener acciones ilegales, los tribunales usan otras herramientas: órdenes para frenar algo (injunctions), la anulación según la APA y el hábeas corpus.</translation>
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
- **[Injunctions](term:injunction) and [declaratory judgments](term:declaratory-judgment).** These can stop unlawful conduct or state what the law is.
- **Limits on broad orders.** A law, 8 U.S.C. §1252(f)(1), bars lower courts from [class-wide](term:class-action) orders that block parts of the removal laws. *Aleman Gonzalez* (2022) confirmed this. Help for one person is still possible. In 2025, [Trump v. CASA](source:trump-casa-2025) limited [universal injunctions](term:universal-injunction), which protect people who are not in the case. It left class actions open. It also did not decide whether courts can set aside a rule for everyone under the APA. Law firms report that in November 2025 a federal court certified a nationwide class of people seeking bond hearings ([Maldonado Bautista](source:maldonado-bautista-2025)).
- **[Habeas corpus](term:habeas-corpus).** This is the usual federal court case to challenge unlawful detention. In 2025, in *J.G.G.*, a case about removals under the Alien Enemies Act, the Supreme Court said some challenges to detention belong in habeas, in the district where the person is held. On May 16, 2025, in [A.A.R.P. v. Trump](source:aarp-2025), it added that people must get notice that gives them a real chance to seek habeas. Notice about 24 hours before removal, with no word on how to object, was not enough.</source>
        <extracomment>topics/mandamus.json $.topics[0].sections[3].body</extracomment>
        <translation>Otras herramientas de los tribunales están cerca del mandamus. Cada una cumple una función diferente.

- **Obligar a actuar según la APA.** La [Ley de Procedimiento Administrativo](term:apa) (APA) permite que un tribunal ordene a una agencia tomar una medida que debe tomar, pero que no ha tomado o ha atrasado demasiado. En los casos de demora, la mayoría de los tribunales usan esta vía más que el mandamus. Evalúan los [factores TRAC](term:trac-factors). Según las guías para abogados, estos incluyen cuánto tiempo es razonable y si están en juego la salud o el bienestar.
- **Anular según la APA.** Un tribunal también puede declarar ilegal una acción de una agencia y dejarla sin efecto. Esto se llama [vacatur](term:vacatur) (anulación). Esta herramienta, y no el mandamus, es la que ofrece la APA contra las acciones ilegales.
- **[Órdenes para frenar o exigir algo (injunctions)](term:injunction) y [sentencias declaratorias](term:declaratory-judgment).** Pueden detener una conducta ilegal o declarar lo que dice la ley.
- **Límites a las órdenes amplias.** Una ley, 8 U.S.C. §1252(f)(1), impide que los tribunales inferiores den órdenes [para todo un grupo](term:class-action) que bloqueen partes de las leyes de deportación. El caso *Aleman Gonzalez* (2022) lo confirmó. Todavía es posible proteger a una sola persona. En 2025, [Trump v. CASA](source:trump-casa-2025) limitó las [órdenes para frenar algo en todo el país (universal injunctions)](term:universal-injunction), que protegen a personas que no son parte del caso. El fallo dejó abiertas las demandas colectivas. Tampoco decidió si un tribunal puede anular una norma para todos según la APA. Según bufetes de abogados, en noviembre de 2025 un tribunal federal aprobó una demanda colectiva de alcance nacional de personas que piden audiencias de fianza ([Maldonado Bautista](source:maldonado-bautista-2025)).
- **[Hábeas corpus](term:habeas-corpus).** Es el caso habitual ante un tribunal federal para impugnar una detención ilegal. En 2025, en *J.G.G.*, un caso sobre deportaciones bajo la Alien Enemies Act (Ley de Enemigos Extranjeros), la Corte Suprema dijo que algunas impugnaciones de la detención se deben presentar por hábeas corpus, en el distrito donde está detenida la persona. El 16 de mayo de 2025, en [A.A.R.P. v. Trump](source:aarp-2025), agregó que las personas deben recibir un aviso que les dé una oportunidad real de pedir hábeas corpus. Un aviso de unas 24 horas antes de la deportación, sin decir cómo oponerse, no fue suficiente.</translation>
    </message>
    <message>
        <source>The most common immigration use is a delay case. A person has waited a long time for [USCIS](term:uscis) to decide an application. Examples include green card, asylum and family cases. A law also requires agencies to finish matters within a reasonable time.

These suits have real limits:

- At most, they force a *decision*, not an *approval*.
- Practice guides say filing often leads the agency to act. Many of these results are never published.
- Courts are split on whether a law, 8 U.S.C. §1252(a)(2)(B)(ii), blocks claims about the *speed* of processing.
- Asylum delay suits face extra hurdles. The asylum law sets time limits, but it says they create no right that a person can enforce in court. USCIS often schedules the newest asylum cases first (&quot;last in, first out&quot;). Some federal trial courts have found this a reasonable way to handle the backlog.
- No result is guaranteed.

For a citizenship (N-400) case not decided within 120 days after the interview, practice guides point to a special rule. Under it, a court may decide the case or send it back to USCIS.</source>
        <extracomment>topics/mandamus.json $.topics[0].sections[4].body</extracomment>
        <translation>El uso más común en inmigración es un caso por demora. Una persona ha esperado mucho tiempo a que [USCIS](term:uscis) decida una solicitud. Algunos ejemplos son casos de residencia permanente (green card), de asilo y de familia. Una ley también exige que las agencias terminen los asuntos dentro de un tiempo razonable.

Estas demandas tienen límites reales:

- Como máximo, obligan a tomar una *decisión*, no a dar una *aprobación*.
- Según las guías para abogados, presentar la demanda a menudo hace que la agencia actúe. Muchos de estos resultados nunca se publican.
- Los tribunales no están de acuerdo sobre si una ley, 8 U.S.C. §1252(a)(2)(B)(ii), impide los reclamos sobre la *rapidez* del trámite.
- Las demandas por demoras en casos de asilo enfrentan obstáculos adicionales. La ley de asilo fija plazos, pero dice que no crean un derecho que una persona pueda hacer valer ante un tribunal. USCIS suele programar primero los casos de asilo más nuevos (en inglés, &quot;last in, first out&quot;: el último en llegar es el primero en ser atendido). Algunos tribunales federales de primera instancia han dicho que es una forma razonable de manejar los casos atrasados.
- Ningún resultado está garantizado.

Para un caso de ciudadanía (N-400) que no se decide dentro de los 120 días después de la entrevista, las guías para abogados señalan una regla especial. Según esa regla, un tribunal puede decidir el caso o devolverlo a USCIS.</translation>
    </message>
    <message>
        <source>Mandamus is a poor fit for most ICE actions. Whom to arrest, when to start a case, and whether to carry out a removal order are mostly choices, not clear duties. A [jurisdiction-stripping law](term:jurisdiction-stripping), 8 U.S.C. §1252(g), also bars many claims about starting cases, deciding them or carrying out removal orders.

Suits asking ICE to enforce *more* also face a wall. In *Heckler v. Chaney* (1985), the Supreme Court said an agency&apos;s choice not to enforce is usually not reviewable. In 2023, two states lacked [standing](term:standing), the right to sue, to challenge ICE&apos;s enforcement priorities. A 2025 law, the [Laken Riley Act](source:laken-riley-act-2025), now lets state attorneys general sue over some release and detention failures.

The same law matters more for many families. It requires ICE to detain some people, without bond, who are only arrested for or charged with theft-type crimes, such as shoplifting. No conviction is needed. It covers some noncitizens, such as people who came in without being inspected or who have no valid papers.

So people use other tools. Detention is challenged through a bond hearing or habeas corpus (see below). Broad policies are challenged under the APA or the Constitution, within the limits above.</source>
        <extracomment>topics/mandamus.json $.topics[0].sections[5].body</extracomment>
        <translation>El mandamus no encaja bien con la mayoría de las acciones de ICE. A quién arrestar, cuándo iniciar un caso y si ejecutar una orden de deportación son, sobre todo, decisiones a criterio de la agencia, no deberes claros. Una [ley que quita jurisdicción](term:jurisdiction-stripping) a los tribunales, 8 U.S.C. §1252(g), también impide muchos reclamos sobre iniciar casos, decidirlos o ejecutar órdenes de deportación.

Las demandas que piden que ICE haga cumplir *más* la ley también chocan con un muro. En *Heckler v. Chaney* (1985), la Corte Suprema dijo que, por lo general, la decisión de una agencia de no hacer cumplir la ley no se puede revisar. En 2023, dos estados no tenían [legitimación](term:standing), es decir, el derecho a demandar, para impugnar las prioridades de control de ICE. Una ley de 2025, la [Ley Laken Riley (Laken Riley Act)](source:laken-riley-act-2025), ahora permite que los fiscales generales de los estados demanden por algunas fallas en liberaciones y detenciones.

Para muchas familias, esa misma ley importa más por otra razón. Obliga a ICE a detener sin fianza a algunas personas que solo fueron arrestadas o acusadas de delitos como robo o hurto en tiendas. No hace falta una condena. Se aplica a algunos no ciudadanos, como quienes entraron sin ser inspeccionados o no tienen papeles válidos.

Por eso, las personas usan otras herramientas. La detención se impugna con una audiencia de fianza o con un hábeas corpus (vea abajo). Las políticas amplias se impugnan según la APA o la Constitución, dentro de los límites descritos arriba.</translation>
    </message>
    <message>
        <source>Detention: a bond hearing first, then habeas</source>
        <extracomment>topics/mandamus.json $.topics[0].sections[6].heading</extracomment>
        <translation>Detención: primero una audiencia de fianza, después el hábeas corpus</translation>
    </message>
    <message>
        <source>Mandamus is not the tool for detention. Many people held by ICE can first ask an immigration judge for a [bond hearing](term:bond-hearing). The judge reviews ICE&apos;s custody decision. The judge may set a bond, a payment that lets the person go home while the case goes on.

Since 2025, who can get a hearing has been fought over in court. In 2025, the Board of Immigration Appeals said immigration judges cannot give bond hearings to people who entered without being inspected ([Yajure Hurtado](source:yajure-hurtado-2025)). Law firms report that a federal court in California ruled the other way for a nationwide class in late 2025 ([Maldonado Bautista](source:maldonado-bautista-2025)). In February 2026, the federal appeals court for Texas, Louisiana and Mississippi sided with the government ([Buenrostro-Mendez](source:buenrostro-mendez-2026)). News reports say other federal appeals courts took different sides in spring 2026.

So the answer may depend on how the person entered, which court&apos;s rulings apply where they are held, and any criminal charges. The rules may have changed since mid-2026. A lawyer or [accredited representative](term:accredited-representative) can check them. There is no free, government-paid lawyer in immigration court.

[Habeas corpus](term:habeas-corpus) in federal court is the tool when the detention itself is unlawful or no bond hearing is given. People can file a petition on their own, but most do it with a lawyer&apos;s help. The page on [when ICE detains someone](page:topic/detention) explains more. A [step-by-step guide on bond hearings](page:flow/can-they-get-a-bond-hearing) walks through the questions.</source>
        <extracomment>topics/mandamus.json $.topics[0].sections[6].body</extracomment>
        <translation>El mandamus no es la herramienta para la detención. Muchas personas detenidas por ICE pueden pedir primero una [audiencia de fianza](term:bond-hearing) ante un juez de inmigración. El juez revisa la decisión de ICE sobre la custodia. El juez puede fijar una fianza, un pago que permite que la persona vuelva a casa mientras sigue su caso.

Desde 2025, quién puede tener esta audiencia se ha disputado en los tribunales. En 2025, la Junta de Apelaciones de Inmigración dijo que los jueces de inmigración no pueden dar audiencias de fianza a las personas que entraron sin ser inspeccionadas ([Yajure Hurtado](source:yajure-hurtado-2025)). Según bufetes de abogados, un tribunal federal de California decidió lo contrario para un grupo de alcance nacional a fines de 2025 ([Maldonado Bautista](source:maldonado-bautista-2025)). En febrero de 2026, el tribunal federal de apelaciones para Texas, Luisiana y Misisipi le dio la razón al gobierno ([Buenrostro-Mendez](source:buenrostro-mendez-2026)). Según noticias, otros tribunales federales de apelaciones tomaron posiciones distintas en la primavera de 2026.

Por eso, la respuesta puede depender de cómo entró la persona, de qué fallos se aplican donde está detenida y de cualquier cargo penal. Las reglas pueden haber cambiado desde mediados de 2026. Un abogado o un [representante acreditado](term:accredited-representative) puede revisarlas. En los tribunales de inmigración no hay un abogado gratuito pagado por el gobierno.

El [hábeas corpus](term:habeas-corpus) ante un tribunal federal es la herramienta cuando la detención en sí es ilegal o cuando no se da una audiencia de fianza. Una persona puede presentar la petición por su cuenta, pero la mayoría lo hace con ayuda de un abogado. La página sobre [cuando ICE detiene a alguien](page:topic/detention) explica más. Una [guía paso a paso sobre audiencias de fianza](page:flow/can-they-get-a-bond-hearing) repasa las preguntas.</translation>
    </message>
    <message>
        <source>For detention, many people can first ask an immigration judge for a bond hearing. Habeas corpus is the federal court tool.</source>
        <extracomment>topics/mandamus.json $.topics[0].takeaways[5]</extracomment>
        <translation>En casos de detención, muchas personas pueden pedir primero una audiencia de fianza ante un juez de inmigración. El hábeas corpus es la herramienta ante un tribunal federal.</translation>
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

- **[Modelo de Control en las Cárceles](term:jail-enforcement-model) (JEM).** El personal capacitado de la cárcel pregunta a las personas que ya están presas cuál es su estatus migratorio. Revisa registros federales. Puede preparar órdenes de retención migratoria y otros documentos.
- **[Oficial de Servicio de Órdenes](term:warrant-service-officer) (WSO).** Agentes capacitados ejecutan [órdenes administrativas](term:administrative-warrant) del propio ICE contra personas que ya están en su cárcel. Algunas personas lo llaman &quot;287(g)-lite&quot; (287(g) ligero).
- **[Modelo de Grupo de Trabajo](term:task-force-model) (TFM).** Los agentes pueden usar algunos poderes de inmigración durante su trabajo policial normal en la comunidad. Esto incluye interrogar y arrestar, con supervisión de ICE. Es el modelo más amplio.</translation>
    </message>
    <message>
        <source>Fingerprints at the jail: Secure Communities</source>
        <extracomment>topics/partnerships.json $.topics[0].sections[2].heading</extracomment>
        <translation>Huellas digitales en la cárcel: Comunidades Seguras</translation>
    </message>
    <message>
        <source>Detainers and warrants</source>
        <extracomment>topics/partnerships.json $.topics[0].sections[3].heading</extracomment>
        <translation>Órdenes de retención migratoria y otras órdenes (warrants)</translation>
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
        <extracomment>topics/partnerships.json $.topics[0].takeaways[4]</extracomment>
        <translation>Una orden administrativa la firma un oficial de inmigración. Una orden judicial la firma un juez.</translation>
    </message>
    <message>
        <source>Counts of 287(g) agreements differ, because sources count different things.</source>
        <extracomment>topics/partnerships.json $.topics[0].takeaways[5]</extracomment>
        <translation>Los conteos de acuerdos 287(g) no coinciden, porque las fuentes cuentan cosas diferentes.</translation>
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
        <translation>El primer acuerdo se firmó en 2002, con el Departamento de Aplicación de la Ley de Florida (Florida Department of Law Enforcement). En 2011 ya participaban 72 agencias. En diciembre de 2012, ICE dijo que no renovaría ningún acuerdo del Modelo de Grupo de Trabajo. Dijo que las revisiones de huellas digitales por medio de [Comunidades Seguras](term:secure-communities) eran un mejor uso del dinero.

Después, el programa se redujo, hasta 35 agencias en enero de 2017. Volvió a crecer hasta 150 en septiembre de 2020. En enero de 2025, una nueva [orden ejecutiva](source:eo-14159) le ordenó al DHS firmar tantos acuerdos como permita la ley. Según informes, ICE volvió a firmar acuerdos del Modelo de Grupo de Trabajo a principios de 2025.

Desde entonces, el crecimiento ha sido rápido. El número pasó de unos 135 en enero de 2025 a más de 1,000 en septiembre de 2025, según datos de ICE publicados en las noticias. Un sitio que lleva la cuenta contó más de 1,500 a principios de marzo de 2026. No se encontraron cifras más recientes.

Tenga cuidado con estas cifras. Algunas cuentan [acuerdos](term:memorandum-of-agreement) y otras cuentan agencias. Una agencia puede tener más de un modelo. La lista pública de ICE muestra un solo momento y se reemplaza con cada nueva versión.</translation>
    </message>
    <message>
        <source>A 1996 law, [8 U.S.C. §1373](source:usc-8-1373), is about sharing information. It says no government may stop its officials from sending or receiving information about a person&apos;s citizenship or immigration status. You can read more in [Section 1373](term:section-1373).

Courts do not agree on how far it goes. In 2018, two trial courts said it breaks the [anti-commandeering](term:anti-commandeering) rule, which stops Congress from giving orders to states. The Ninth Circuit read it narrowly, to cover only status information. The Second Circuit upheld a grant condition that asked cities to promise they follow it. The question is still open nationwide.</source>
        <extracomment>topics/partnerships.json $.topics[0].sections[4].body</extracomment>
        <translation>Una ley de 1996, [8 U.S.C. §1373](source:usc-8-1373), trata sobre compartir información. Dice que ningún gobierno puede impedir que sus funcionarios envíen o reciban información sobre la ciudadanía o el estatus migratorio de una persona. Puede leer más en [Sección 1373](term:section-1373).

Los tribunales no están de acuerdo sobre su alcance. En 2018, dos tribunales de primera instancia dijeron que viola la regla [contra la requisición (anti-commandeering)](term:anti-commandeering), que impide que el Congreso dé órdenes a los estados. El Noveno Circuito la interpretó de forma limitada: solo cubre información sobre el estatus. El Segundo Circuito respaldó una condición de subvención que pedía a las ciudades prometer que la cumplían. La pregunta sigue abierta a nivel nacional.</translation>
    </message>
    <message>
        <source>When a jail books someone, it takes fingerprints. Those prints already go to the FBI. Under [Secure Communities](term:secure-communities), which began in 2008, they are also checked against a DHS records system called [IDENT](term:ident). If there is a match, ICE is alerted. ICE then decides whether to send a detainer.

This check happens on its own. A local agency cannot opt out of it. The program spread to all 3,181 jurisdictions in the country. What a local agency controls is what happens next. It can decide whether to honor detainers and whether to tell ICE when a person will be released, unless state law decides for it.

In November 2014, DHS ended Secure Communities &quot;as we know it.&quot; It pointed to lawsuits, local pushback and court rulings about detainers. The new [Priority Enforcement Program](term:priority-enforcement-program) still used the same fingerprint link.

Then the orders changed three times:

- **January 2017:** [Executive Order 13768](source:eo-13768), section 10, ended the Priority Enforcement Program and brought Secure Communities back.
- **January 20, 2021:** [Executive Order 13993](source:eo-13993) revoked the 2017 order.
- **January 20, 2025:** [Executive Order 14159](source:eo-14159) revoked the 2021 order.

These orders changed ICE&apos;s priorities. Through all of them, the fingerprint check at booking kept running.</source>
        <extracomment>topics/partnerships.json $.topics[0].sections[2].body</extracomment>
        <translation>Cuando una cárcel registra el ingreso de una persona, le toma las huellas digitales. Esas huellas ya se envían al FBI. Con [Comunidades Seguras](term:secure-communities), que empezó en 2008, también se comparan con un sistema de registros del DHS llamado [IDENT](term:ident). Si hay una coincidencia, ICE recibe un aviso. Luego, ICE decide si envía una orden de retención migratoria.

Esta revisión ocurre de forma automática. Una agencia local no puede negarse a ella. El programa se extendió a las 3,181 jurisdicciones del país. Lo que una agencia local controla es lo que pasa después. Puede decidir si cumple las órdenes de retención y si avisa a ICE cuándo saldrá libre una persona, a menos que la ley estatal decida por ella.

En noviembre de 2014, el DHS terminó Comunidades Seguras &quot;tal como lo conocemos&quot;. Mencionó las demandas, la oposición local y los fallos judiciales sobre órdenes de retención. El nuevo [Priority Enforcement Program](term:priority-enforcement-program) (Programa de Prioridades de Control) siguió usando la misma conexión de huellas.

Después, las órdenes del presidente cambiaron tres veces:

- **Enero de 2017:** la [Orden Ejecutiva 13768](source:eo-13768), en su sección 10, terminó el Priority Enforcement Program y trajo de vuelta Comunidades Seguras.
- **20 de enero de 2021:** la [Orden Ejecutiva 13993](source:eo-13993) anuló la orden de 2017.
- **20 de enero de 2025:** la [Orden Ejecutiva 14159](source:eo-14159) anuló la orden de 2021.

Estas órdenes cambiaron las prioridades de ICE. Con todos esos cambios, la revisión de huellas al entrar a la cárcel siguió funcionando.</translation>
    </message>
    <message>
        <source>A [detainer](term:detainer) is a form ICE sends to a jail or another police agency. Federal rules call it a *request*. It asks the jail to tell ICE before it releases a person. It also asks the jail to keep the person a short time longer, so ICE can take [custody](term:custody).

How long? The federal rule, [8 C.F.R. §287.7(d)](source:cfr-287-7), says up to 48 hours, not counting Saturdays, Sundays or holidays. ICE&apos;s own detainer form asks for less. Its [guidance](source:ice-i247a-guidance-2017) says the jail should keep the person no more than 48 hours after the time they would otherwise go free. It says nothing about leaving out weekends or holidays. Many state laws and local policies allow a shorter hold, or none at all. Keeping a person past that time can be a new [seizure](term:seizure) that the law does not allow.

Since April 2, 2017, ICE has used [Form I-247A](term:form-i-247a). ICE policy says officers need [probable cause](term:probable-cause), which means a fair reason based on facts. Each detainer must come with a signed [Form I-200](term:form-i-200) or [Form I-205](term:form-i-205).

Those two forms are [administrative warrants](term:administrative-warrant). An immigration officer signs them, not a judge. A [judicial warrant](term:judicial-warrant) is different. A court issues it, and a judge signs it. Longstanding guidance says an administrative warrant alone does not let officers enter a home without consent. A 2025 ICE memo, made public in January 2026, says something else for people with a final [removal order](term:removal-order). It says a Form I-205 alone can allow forced entry into such a person&apos;s home. Whether that is legal is disputed.</source>
        <extracomment>topics/partnerships.json $.topics[0].sections[3].body</extracomment>
        <translation>Una [orden de retención migratoria](term:detainer) es un formulario que ICE envía a una cárcel o a otra agencia policial. Las normas federales la llaman *solicitud*. Le pide a la cárcel que avise a ICE antes de liberar a una persona. También le pide que retenga a la persona un poco más de tiempo, para que ICE pueda tomar su [custodia](term:custody).

¿Cuánto tiempo? La regla federal, [8 C.F.R. §287.7(d)](source:cfr-287-7), dice que hasta 48 horas, sin contar sábados, domingos ni días feriados. El propio formulario de ICE pide menos. Su [guía](source:ice-i247a-guidance-2017) dice que la cárcel no debe retener a la persona más de 48 horas después de la hora en que saldría libre. No dice nada de dejar fuera los fines de semana ni los feriados. Muchas leyes estatales y políticas locales permiten una retención más corta, o ninguna. Retener a una persona después de ese plazo puede ser una nueva [detención](term:seizure) que la ley no permite.

Desde el 2 de abril de 2017, ICE usa el [Formulario I-247A](term:form-i-247a). La política de ICE dice que los oficiales necesitan [causa probable](term:probable-cause), es decir, una razón justa basada en hechos. Cada orden de retención debe ir con un [Formulario I-200](term:form-i-200) o un [Formulario I-205](term:form-i-205) firmado.

Esos dos formularios son [órdenes administrativas](term:administrative-warrant). Los firma un oficial de inmigración, no un juez. Una [orden judicial](term:judicial-warrant) es diferente: la emite un tribunal y la firma un juez. Desde hace años, las guías dicen que una orden administrativa por sí sola no permite que los agentes entren a una casa sin consentimiento. Un memorando de ICE de 2025, que se hizo público en enero de 2026, dice otra cosa para las personas con una [orden final de deportación](term:removal-order). Dice que un Formulario I-205 por sí solo puede permitir la entrada por la fuerza a la casa de esa persona. Se discute si eso es legal.</translation>
    </message>
    <message>
        <source>States make their own choices, and they differ a lot. The newest facts here are from mid-2026. Laws change, so check the current rules in your state.

**Some states require cooperation.**

- Texas SB 4 (2017) bans local [sanctuary policies](term:sanctuary-policy) and requires jails to honor detainers. An appeals court upheld most of it in 2018.
- Texas SB 8 (2025) says each sheriff who runs or contracts for a county jail must request and enter into a 287(g) agreement. If ICE says no, the sheriff must ask again every year. The law took effect on January 1, 2026. Since December 1, 2026, the state attorney general may sue sheriffs who have not complied. We found no count of how many had complied by then.
- Florida&apos;s chapter 908 (2019) requires agencies to honor detainers. Since 2022, county jails must have a 287(g) agreement. A 2025 law says ending one needs a state board&apos;s approval. All 67 Florida sheriffs take part in at least one model.
- Georgia HB 1105 (2024) requires sheriffs to apply for 287(g). It cannot make ICE say yes.
- Other states may have similar rules. Our sources did not confirm them.

**Some states limit or forbid it.**

- California SB 54 (2017) limits how state and local police help with immigration enforcement. An appeals court upheld it in 2019.
- The Illinois TRUST Act (2017) also limits cooperation.
- New Jersey&apos;s Immigrant Trust Directive (2018) limits what police share with ICE and bars 287(g) agreements. In 2021 a federal appeals court rejected two counties&apos; claim that federal law overrides it ([Ocean County](source:nj-ocean-county-2021)).
- New York&apos;s Protect Our Courts Act (2020) bars civil immigration arrests of people going to, at, or leaving state courts, unless agents have a warrant signed by a judge.

**States that ban 287(g) agreements.** A Georgia college&apos;s report said that as of June 2025, state law kept six states from having any: California, Connecticut, Illinois, New Jersey, Oregon and Washington. Maine&apos;s ban took effect in January 2026. New Mexico signed one in February 2026. Maryland&apos;s ban took effect in February 2026, and nine agencies had to end their agreements. The AP counted ten states with such bans as of February 2026. One news report also listed Delaware as limiting them. Virginia&apos;s governor ended state agencies&apos; agreements, but not those of local sheriffs.

**A state crime of illegal entry.** Texas SB 4 (2023) made illegal entry a state crime. Courts blocked it from 2024. News and law-firm reports say that on May 29, 2026, a federal appeals court let Texas begin enforcing key parts while a new challenge goes on. Check the current status. The topic [Court cases](page:topic/legal-challenges) has more.

Where state law says nothing, each local agency decides, within federal law.</source>
        <extracomment>topics/partnerships.json $.topics[0].sections[5].body</extracomment>
        <translation>Los estados toman sus propias decisiones, y son muy diferentes entre sí. Los datos más nuevos aquí son de mediados de 2026. Las leyes cambian, así que revise las reglas actuales de su estado.

**Algunos estados exigen la cooperación.**

- La ley SB 4 de Texas (2017) prohíbe las [políticas &quot;santuario&quot;](term:sanctuary-policy) locales y exige que las cárceles cumplan las órdenes de retención migratoria. Un tribunal de apelaciones respaldó la mayor parte de esta ley en 2018.
- La ley SB 8 de Texas (2025) dice que cada alguacil (sheriff) que tiene a su cargo una cárcel del condado, o que la contrata, debe pedir y firmar un acuerdo 287(g). Si ICE dice que no, el alguacil debe volver a pedirlo cada año. La ley entró en vigor el 1 de enero de 2026. Desde el 1 de diciembre de 2026, el fiscal general del estado puede demandar a los alguaciles que no hayan cumplido. No encontramos datos sobre cuántos habían cumplido para esa fecha.
- El capítulo 908 de las leyes de Florida (2019) exige que las agencias cumplan las órdenes de retención. Desde 2022, las cárceles de los condados deben tener un acuerdo 287(g). Una ley de 2025 dice que, para terminar un acuerdo, se necesita la aprobación de una junta estatal. Los 67 alguaciles de Florida participan en al menos un modelo.
- La ley HB 1105 de Georgia (2024) exige que los alguaciles soliciten el 287(g). No puede obligar a ICE a aceptar.
- Otros estados podrían tener reglas parecidas. Nuestras fuentes no lo confirmaron.

**Algunos estados la limitan o la prohíben.**

- La ley SB 54 de California (2017) limita cómo la policía estatal y local ayuda en el control migratorio. Un tribunal de apelaciones la respaldó en 2019.
- La Ley TRUST de Illinois (2017) también limita la cooperación.
- La Directiva de Confianza para Inmigrantes de Nueva Jersey (Immigrant Trust Directive, 2018) limita lo que la policía comparte con ICE y prohíbe los acuerdos 287(g). En 2021, un tribunal federal de apelaciones rechazó el argumento de dos condados de que la ley federal estaba por encima de ella ([Ocean County](source:nj-ocean-county-2021)).
- La Ley para Proteger Nuestros Tribunales de Nueva York (Protect Our Courts Act, 2020) prohíbe los arrestos civiles de inmigración de personas que van a los tribunales estatales, que están en ellos o que salen de ellos, a menos que los agentes tengan una orden judicial firmada por un juez.

**Estados que prohíben los acuerdos 287(g).** Según el informe de una universidad de Georgia, en junio de 2025 la ley estatal impedía que seis estados tuvieran acuerdos: California, Connecticut, Illinois, Nueva Jersey, Oregón y Washington. La prohibición de Maine entró en vigor en enero de 2026. Nuevo México firmó una en febrero de 2026. La de Maryland entró en vigor en febrero de 2026, y nueve agencias tuvieron que terminar sus acuerdos. La AP contó diez estados con estas prohibiciones en febrero de 2026. Una noticia también incluyó a Delaware entre los estados que los limitan. La gobernadora de Virginia terminó los acuerdos de las agencias del estado, pero no los de los alguaciles locales.

**Un delito estatal de entrada ilegal.** La ley SB 4 de Texas (2023) convirtió la entrada ilegal en un delito del estado. Los tribunales la bloquearon desde 2024. Según noticias e informes de bufetes de abogados, el 29 de mayo de 2026 un tribunal federal de apelaciones dejó que Texas empezara a aplicar partes clave de la ley mientras sigue una nueva demanda. Revise la situación actual. El tema [Casos en los tribunales](page:topic/legal-challenges) tiene más datos.

Donde la ley estatal no dice nada, cada agencia local decide, dentro de lo que permite la ley federal.</translation>
    </message>
    <message>
        <source>ICE&apos;s detainer form asks a jail to hold a person no more than 48 hours after they would go free. Many states allow less, or no hold at all.</source>
        <extracomment>topics/partnerships.json $.topics[0].takeaways[3]</extracomment>
        <translation>La orden de retención de ICE pide a la cárcel que no retenga a la persona más de 48 horas después de la hora en que saldría libre. Muchos estados permiten menos, o ninguna retención.</translation>
    </message>
    <message>
        <source>State laws range from requiring cooperation to forbidding it. They change often, so check the current rules.</source>
        <extracomment>topics/partnerships.json $.topics[0].takeaways[6]</extracomment>
        <translation>Las leyes estatales van desde exigir la cooperación hasta prohibirla. Cambian a menudo, así que revise las reglas actuales.</translation>
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
        <source>If officers come to your door</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[0].heading</extracomment>
        <translation>Si los agentes llegan a su puerta</translation>
    </message>
    <message>
        <source>Finding a lawyer or accredited representative</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[9].heading</extracomment>
        <translation>Cómo encontrar un abogado o un representante acreditado</translation>
    </message>
    <message>
        <source>Watch out for notario fraud</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[10].heading</extracomment>
        <translation>Cuidado con el fraude de notarios</translation>
    </message>
    <message>
        <source>Where this app&apos;s information stops</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[11].heading</extracomment>
        <translation>Hasta dónde llega la información de esta aplicación</translation>
    </message>
    <message>
        <source>A judicial warrant is signed by a judge. An administrative warrant is signed by an immigration officer.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].takeaways[1]</extracomment>
        <translation>Una orden judicial la firma un juez. Una orden administrativa la firma un oficial de inmigración.</translation>
    </message>
    <message>
        <source>Legal advice should come from a licensed lawyer or a DOJ-accredited representative.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].takeaways[4]</extracomment>
        <translation>La asesoría legal debe venir de un abogado con licencia o de un representante acreditado por el Departamento de Justicia (DOJ).</translation>
    </message>
    <message>
        <source>USCIS explains that in many countries, a *notario* is a kind of lawyer. In the United States, being a notary public (notario público) does not make someone a lawyer. According to USCIS, notarios cannot give you legal advice about immigration, and they cannot represent you. When someone offers that help anyway, it is called [notario fraud](term:notario-fraud).

USCIS and the Federal Trade Commission share tips like these:

- Do not sign blank forms, or forms you do not understand.
- Do not let anyone keep your original documents.
- Get a receipt for every payment, and keep copies of everything.

If you already paid a notario, you are not alone. A lawyer or accredited representative can review what was filed.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[10].body</extracomment>
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
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[11].body</extracomment>
        <translation>Esta aplicación explica cómo funciona la ley en general. No puede decirle qué pasará en su caso. Cada caso depende de sus propios hechos.

Las leyes y las decisiones de los tribunales cambian, a veces muy rápido. La fecha &quot;Revisado al&quot; muestra cuándo se revisó este contenido por última vez. Nuestras fuentes cubren hechos hasta alrededor de junio de 2026, así que puede que falten fallos o leyes posteriores. Para su propia situación, hable con un abogado o con un representante acreditado.</translation>
    </message>
    <message>
        <source>In the United States, being a notary public does not make someone a lawyer.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].takeaways[5]</extracomment>
        <translation>En Estados Unidos, ser notario público no convierte a nadie en abogado.</translation>
    </message>
    <message>
        <source>This app is general information. Its sources run to about June 2026.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].takeaways[6]</extracomment>
        <translation>Esta aplicación da información general. Sus fuentes llegan hasta alrededor de junio de 2026.</translation>
    </message>
    <message>
        <source>This part shares widely published know-your-rights information: at the door, in public, at work and at court. It explains how to find real legal help and how to spot scams. It is general information, not advice for your own case.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].summary</extracomment>
        <translation>Esta parte comparte información muy difundida del tipo &quot;conozca sus derechos&quot;: en la puerta, en la calle, en el trabajo y en los tribunales. Explica cómo encontrar ayuda legal real y cómo reconocer las estafas. Es información general, no asesoría para su propio caso.</translation>
    </message>
    <message>
        <source>Know-your-rights cards from legal groups, such as the [ILRC red card](source:ilrc-red-cards), say:

- Do not open the door if immigration agents are knocking, unless they have a [judicial warrant](term:judicial-warrant).
- You do not need to open the door to see a warrant. You can ask officers to slide it under the door or hold it up to a window.
- Do not sign anything without talking to a lawyer.

The ILRC card describes a warrant to enter that is signed by a judge or magistrate and has the person&apos;s name on it. An [administrative warrant](term:administrative-warrant), such as Form I-200 or I-205, is signed by an immigration officer, not a judge. Longstanding guidance says it alone does not allow entry into a home without [consent](term:consent).</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[0].body</extracomment>
        <translation>Las tarjetas de &quot;conozca sus derechos&quot; de grupos legales, como la [tarjeta roja del ILRC](source:ilrc-red-cards), dicen:

- No abra la puerta si agentes de inmigración están tocando, a menos que tengan una [orden judicial](term:judicial-warrant).
- No hace falta abrir la puerta para ver una orden. Puede pedir a los agentes que la pasen por debajo de la puerta o que la muestren por una ventana.
- No firme nada sin antes hablar con un abogado.

La tarjeta del ILRC describe una orden para entrar firmada por un juez o un magistrado, en la que figura el nombre de la persona. Una [orden administrativa](term:administrative-warrant), como el Formulario I-200 o I-205, la firma un oficial de inmigración, no un juez. Desde hace años, las guías dicen que, por sí sola, no permite entrar a una vivienda sin [consentimiento](term:consent).</translation>
    </message>
    <message>
        <source>What a judge&apos;s warrant allows</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[1].heading</extracomment>
        <translation>Lo que permite una orden firmada por un juez</translation>
    </message>
    <message>
        <source>In *Payton v. New York* (1980), the Supreme Court said police generally need a judge&apos;s warrant to enter a home to arrest someone. There are exceptions. Someone who lives there may agree ([consent](term:consent)). Or there may be a true emergency, such as chasing a suspect who runs inside ([exigent circumstances](term:exigent-circumstances)).

An arrest warrant lets officers enter the home of the person it names, if they have reason to believe that person is inside. To enter someone else&apos;s home to look for that person, police generally need a [search warrant](term:search-warrant) ([Steagald v. United States](source:steagald-1981), 1981). This matters in a shared home.

The ACLU says a search warrant lets officers search only the address, the areas and the items it lists. A lawyer can check what a real warrant allowed.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[1].body</extracomment>
        <translation>En *Payton v. New York* (1980), la Corte Suprema dijo que, por lo general, la policía necesita una orden firmada por un juez para entrar a una casa a arrestar a alguien. Hay excepciones. Alguien que vive allí puede aceptar ([consentimiento](term:consent)). O puede haber una emergencia real, como perseguir a un sospechoso que entra corriendo ([circunstancias urgentes](term:exigent-circumstances)).

Una orden de arresto permite a los agentes entrar a la casa de la persona que nombra, si tienen razones para creer que esa persona está adentro. Para entrar a la casa de otra persona a buscarla, la policía por lo general necesita una [orden de registro](term:search-warrant) ([Steagald v. United States](source:steagald-1981), 1981). Esto importa en una casa donde viven varias familias o personas.

La ACLU dice que una orden de registro solo permite registrar la dirección, las áreas y las cosas que menciona. Un abogado puede revisar lo que permitía una orden real.</translation>
    </message>
    <message>
        <source>The disputed 2025 memo on Form I-205</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[2].heading</extracomment>
        <translation>El memorando de 2025 sobre el Formulario I-205, en disputa</translation>
    </message>
    <message>
        <source>In January 2026, news reports described an ICE memo signed in May 2025. It says an I-205 alone can support forced entry into the home of a person with a final [removal order](term:removal-order). It tells officers to knock and say who they are, to give the people inside a fair chance to respond, and to enter generally only between 6 a.m. and 10 p.m. DHS defended the memo. Law professors said it conflicts with *Payton v. New York*.

News reports say that in mid-January 2026, a federal judge in Minnesota, Jeffrey Bryan, ruled on one such entry. Agents had broken down a man&apos;s door with only an I-205. The judge found that this violated the Fourth Amendment, because there was no consent and no judge&apos;s warrant. The ruling was about that one arrest, not about the memo.

Two groups sued over the memo in Boston on January 30, 2026. Another suit, led by the ACLU, was reported in April 2026. Our sources, which run to about June 2026, show no final ruling on the memo. Check the current status.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[2].body</extracomment>
        <translation>En enero de 2026, las noticias describieron un memorando de ICE firmado en mayo de 2025. Dice que un I-205 por sí solo puede justificar la entrada por la fuerza a la casa de una persona con una [orden final de deportación](term:removal-order). Les indica a los agentes que toquen y digan quiénes son, que den a las personas de adentro una oportunidad justa de responder y que, por lo general, entren solo entre las 6 a. m. y las 10 p. m. El DHS defendió el memorando. Unos profesores de derecho dijeron que choca con *Payton v. New York*.

Según las noticias, a mediados de enero de 2026 un juez federal de Minnesota, Jeffrey Bryan, decidió sobre una de esas entradas. Los agentes habían derribado la puerta de un hombre con solo un I-205. El juez concluyó que eso violó la Cuarta Enmienda, porque no hubo consentimiento ni orden de un juez. El fallo trató sobre ese arresto, no sobre el memorando.

Dos grupos demandaron por el memorando en Boston el 30 de enero de 2026. Se informó de otra demanda, encabezada por la ACLU, en abril de 2026. Nuestras fuentes, que llegan hasta alrededor de junio de 2026, no muestran ningún fallo final sobre el memorando. Revise cómo está el caso hoy.</translation>
    </message>
    <message>
        <source>If officers come in anyway</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[3].heading</extracomment>
        <translation>Si los agentes entran de todos modos</translation>
    </message>
    <message>
        <source>Officers may come in by force, because someone opened the door, or with a warrant. For each of these cases, know-your-rights groups such as the ILRC and the ACLU say:

- Do not resist or block the officers.
- Say out loud that you do not agree to the entry or to a search.
- You can stay silent. Everyone in the home has this right.
- Do not sign anything without talking to a lawyer.
- Afterward, write down what happened: the time, what officers said and did, and any names or badge numbers. Keep any papers they left.

A lawyer can review later whether the entry was lawful. See [Find legal help](page:help).</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[3].body</extracomment>
        <translation>Los agentes pueden entrar por la fuerza, porque alguien abrió la puerta o con una orden. Para todos estos casos, los grupos de &quot;conozca sus derechos&quot;, como el ILRC y la ACLU, dicen:

- No se resista ni les bloquee el paso a los agentes.
- Diga en voz alta que no está de acuerdo con la entrada ni con un registro.
- Puede guardar silencio. Todas las personas de la casa tienen este derecho.
- No firme nada sin antes hablar con un abogado.
- Después, escriba lo que pasó: la hora, lo que dijeron e hicieron los agentes, y sus nombres o números de placa, si los vio. Guarde los papeles que hayan dejado.

Más adelante, un abogado puede revisar si la entrada fue legal. Vea [Buscar ayuda legal](page:help).</translation>
    </message>
    <message>
        <source>Staying silent, and what it does not cover</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[4].heading</extracomment>
        <translation>Guardar silencio, y lo que eso no cubre</translation>
    </message>
    <message>
        <source>Know-your-rights cards say you have the [right to remain silent](term:right-to-remain-silent). The ILRC card includes the words: &quot;I choose to exercise my constitutional rights.&quot;

The same groups also point to limits:

- Do not lie, and do not show false papers. Lying to federal officers and using false immigration papers can be federal crimes ([18 U.S.C. §1001](source:usc-18-1001); [18 U.S.C. §1546](source:usc-18-1546)).
- Noncitizens aged 18 or older must carry the proof of registration they were given, such as a green card. Not carrying it is a misdemeanor, a minor crime. A rule in force since April 11, 2025 added a new way to register and new kinds of proof ([registration rule](source:registration-ifr-2025)).
- In some states, a person whom police lawfully stop must give their name ([Hiibel](source:hiibel-2004), 2004).

A lawyer or accredited representative can say what applies to you.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[4].body</extracomment>
        <translation>Las tarjetas de &quot;conozca sus derechos&quot; dicen que usted tiene [derecho a guardar silencio](term:right-to-remain-silent). La tarjeta del ILRC incluye estas palabras: &quot;Elijo ejercer mis derechos constitucionales&quot;.

Los mismos grupos también señalan límites:

- No mienta ni muestre papeles falsos. Mentir a agentes federales y usar papeles de inmigración falsos pueden ser delitos federales ([18 U.S.C. §1001](source:usc-18-1001); [18 U.S.C. §1546](source:usc-18-1546)).
- Las personas no ciudadanas de 18 años o más deben llevar consigo el comprobante de registro que recibieron, como la tarjeta de residente (green card). No llevarlo es un delito menor. Una norma vigente desde el 11 de abril de 2025 agregó una nueva forma de registrarse y nuevos tipos de comprobante ([norma de registro](source:registration-ifr-2025)).
- En algunos estados, una persona a quien la policía detiene legalmente debe dar su nombre ([Hiibel](source:hiibel-2004), 2004).

Un abogado o un representante acreditado puede decirle qué se aplica en su caso.</translation>
    </message>
    <message>
        <source>On the street and in a car</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[5].heading</extracomment>
        <translation>En la calle y en el carro</translation>
    </message>
    <message>
        <source>Know-your-rights guides from the ACLU say:

- Stay calm. Do not run, argue or resist, and keep your hands where officers can see them.
- You can ask: &quot;Am I free to leave?&quot; If the officer says yes, you can calmly walk away.
- You do not have to agree to a search of yourself or your things. Officers may pat down your clothes if they think you have a weapon.
- In a traffic stop, the driver shows a license, registration and proof of insurance when asked. Drivers and passengers can both stay silent. Police may search a car without consent if they have good reason to think it holds evidence of a crime.
- You do not have to answer questions about where you were born or how you entered the country. Different rules apply at the border and at airports.

The limits in the section above still apply in public: no lies, no false papers, proof of registration if you were given it, and your name where state law requires it.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[5].body</extracomment>
        <translation>Las guías de &quot;conozca sus derechos&quot; de la ACLU dicen:

- Mantenga la calma. No corra, no discuta ni se resista, y mantenga las manos a la vista de los agentes.
- Puede preguntar: &quot;¿Me puedo ir?&quot;. Si el agente dice que sí, puede irse con calma.
- No tiene que aceptar que lo registren a usted ni sus cosas. Los agentes pueden palpar su ropa si creen que tiene un arma.
- Si la policía para su carro, quien maneja muestra la licencia, el registro del vehículo y el comprobante de seguro cuando se lo piden. Tanto quien maneja como los pasajeros pueden guardar silencio. La policía puede registrar un carro sin consentimiento si tiene buenas razones para creer que hay pruebas de un delito.
- No tiene que contestar preguntas sobre dónde nació ni cómo entró al país. En la frontera y en los aeropuertos hay otras reglas.

Los límites de la sección anterior también valen en público: nada de mentiras ni papeles falsos, el comprobante de registro si se lo dieron, y su nombre donde la ley estatal lo exija.</translation>
    </message>
    <message>
        <source>At work</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[6].heading</extracomment>
        <translation>En el trabajo</translation>
    </message>
    <message>
        <source>New York&apos;s Attorney General explains that ICE can enter the public parts of a workplace, such as a store floor or a lobby, without a warrant. To enter private, employees-only areas, ICE needs a judge&apos;s warrant or the employer&apos;s permission. That guide was last updated in March 2025. State laws on workplaces differ.

Know-your-rights groups say workers can stay silent and do not have to sign papers without a lawyer. They also say not to run, and never to lie about status or show false papers.

A lawyer, a union or a workers&apos; center can explain the rules in your state.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[6].body</extracomment>
        <translation>La Oficina del Fiscal General de Nueva York explica que ICE puede entrar sin orden a las partes públicas de un lugar de trabajo, como el piso de una tienda o un vestíbulo. Para entrar a áreas privadas, solo para empleados, ICE necesita una orden firmada por un juez o el permiso del empleador. Esa guía se actualizó por última vez en marzo de 2025. Las leyes estatales sobre los lugares de trabajo son distintas.

Los grupos de &quot;conozca sus derechos&quot; dicen que los trabajadores pueden guardar silencio y no tienen que firmar papeles sin un abogado. También dicen que no corran, y que nunca mientan sobre su estatus ni muestren papeles falsos.

Un abogado, un sindicato o un centro de trabajadores puede explicar las reglas de su estado.</translation>
    </message>
    <message>
        <source>Courthouses, schools, churches and hospitals</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[7].heading</extracomment>
        <translation>Tribunales, escuelas, iglesias y hospitales</translation>
    </message>
    <message>
        <source>For years, DHS policy told immigration officers to avoid most arrests at places such as schools, hospitals and places of worship. DHS ended that policy on January 20, 2025, and announced the change on January 21, 2025. Officers are now told to use their own judgment. Groups such as NILC say this means DHS policy no longer has a list of protected places.

Some states protect their own courts. New York&apos;s [Protect Our Courts Act](source:ny-poca-2020) (2020) bars civil immigration arrests of people on their way to, at, or leaving a New York court case, unless officers have a judge&apos;s warrant or court order. In November 2025, a federal court dismissed the U.S. government&apos;s challenge to that law ([United States v. New York](source:us-v-new-york-2025)). The law covers New York&apos;s own courts. It does not cover federal immigration courts.

Rules differ by state. A lawyer can say what applies where you live.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[7].body</extracomment>
        <translation>Durante años, la política del DHS pedía a los agentes de inmigración evitar la mayoría de los arrestos en lugares como escuelas, hospitales y lugares de culto. El DHS terminó esa política el 20 de enero de 2025 y anunció el cambio el 21 de enero de 2025. Ahora se pide a los agentes que usen su propio criterio. Grupos como el NILC dicen que esto significa que la política del DHS ya no tiene una lista de lugares protegidos.

Algunos estados protegen sus propios tribunales. La [Ley para Proteger Nuestros Tribunales](source:ny-poca-2020) de Nueva York (Protect Our Courts Act, 2020) prohíbe los arrestos migratorios civiles de personas que van a un caso en un tribunal de Nueva York, que están en él o que salen de él, salvo que los agentes tengan una orden o resolución de un juez. En noviembre de 2025, un tribunal federal desestimó la demanda del gobierno de Estados Unidos contra esa ley ([United States v. New York](source:us-v-new-york-2025)). La ley cubre los tribunales propios de Nueva York. No cubre los tribunales de inmigración, que son federales.

Las reglas cambian de un estado a otro. Un abogado puede decirle qué se aplica donde usted vive.</translation>
    </message>
    <message>
        <source>Papers and family plans</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[8].heading</extracomment>
        <translation>Papeles y planes para la familia</translation>
    </message>
    <message>
        <source>Know-your-rights groups also help families plan ahead. The ILRC&apos;s family preparedness plan and ACLU guides suggest steps like these:

- Keep important papers, such as birth certificates and immigration papers, in a safe place. Give copies to someone you trust.
- Memorize or write down the phone numbers of family members and a lawyer.
- Share your A-number, if you have one, with family. It helps them find you if you are detained.
- Choose a trusted adult who could care for your children. State laws offer different ways to give that person legal authority, such as caregiver forms or standby guardianship.

Since January 21, 2025, DHS can use [expedited removal](term:expedited-removal) anywhere in the country ([DHS notice](source:er-designation-2025)). It is a fast deportation, without a hearing before an immigration judge. It applies to some people who were never admitted or paroled into the country and cannot show that they have been here for the past two years. So immigration lawyers&apos; guides suggest keeping dated proof of two years here, such as leases, pay stubs, bills, and school or medical records. Court cases about this change went on in 2026. The page [When ICE detains someone](page:topic/detention) explains more.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[8].body</extracomment>
        <translation>Los grupos de &quot;conozca sus derechos&quot; también ayudan a las familias a prepararse. El plan de preparación familiar del ILRC y las guías de la ACLU sugieren pasos como estos:

- Guarde en un lugar seguro los papeles importantes, como actas de nacimiento y papeles de inmigración. Dé copias a alguien de confianza.
- Apréndase de memoria, o anote, los teléfonos de sus familiares y de un abogado.
- Si tiene número A (A-number), compártalo con su familia. Les ayuda a encontrarle si lo detienen.
- Elija a un adulto de confianza que pueda cuidar a sus hijos. Las leyes estatales ofrecen distintas formas de darle autoridad legal a esa persona, como formularios de cuidador o la tutela en espera (standby guardianship).

Desde el 21 de enero de 2025, el DHS puede usar la [deportación acelerada (expedited removal)](term:expedited-removal) en todo el país ([aviso del DHS](source:er-designation-2025)). Es una deportación rápida, sin audiencia ante un juez de inmigración. Se aplica a algunas personas que nunca fueron admitidas ni recibieron un permiso de permanencia (parole) y que no pueden demostrar que llevan aquí los últimos dos años. Por eso, guías de abogados de inmigración sugieren guardar pruebas con fecha de esos dos años, como contratos de alquiler, talones de pago, facturas y registros escolares o médicos. Los casos en los tribunales sobre este cambio siguieron en 2026. La página [Cuando ICE detiene a alguien](page:topic/detention) explica más.</translation>
    </message>
    <message>
        <source>For advice about your own case, talk to a licensed lawyer or a [DOJ-accredited representative](term:accredited-representative). The Justice Department explains that accredited representatives are not lawyers. It approves them, and they work for a nonprofit [recognized organization](term:recognized-organization).

Places to look:

- The Justice Department&apos;s immigration court office, [EOIR](term:eoir), keeps lists of recognized organizations and accredited representatives.
- EOIR also keeps a list of providers that may offer free (pro bono) legal services.
- Your state bar may run a lawyer referral service.
- Nonprofit legal aid groups may also be able to help.

The [Find legal help](page:help) page lists these places, with links to their own websites.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].sections[9].body</extracomment>
        <translation>Para recibir asesoría sobre su propio caso, hable con un abogado con licencia o con un [representante acreditado por el Departamento de Justicia (DOJ)](term:accredited-representative). El Departamento de Justicia explica que los representantes acreditados no son abogados. El Departamento los aprueba, y trabajan para una [organización reconocida](term:recognized-organization) sin fines de lucro.

Dónde buscar:

- La oficina de tribunales de inmigración del Departamento de Justicia, [EOIR](term:eoir), tiene listas de organizaciones reconocidas y de representantes acreditados.
- La EOIR también tiene una lista de proveedores que tal vez ofrezcan servicios legales gratuitos (pro bono).
- Es posible que el colegio de abogados de su estado tenga un servicio de referencia de abogados.
- Los grupos sin fines de lucro de ayuda legal también podrían ayudarle.

La página [Buscar ayuda legal](page:help) incluye estos lugares, con enlaces a sus propios sitios web.</translation>
    </message>
    <message>
        <source>You have the right to remain silent, but lying or showing false papers can be a crime.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].takeaways[0]</extracomment>
        <translation>Usted tiene derecho a guardar silencio, pero mentir o mostrar papeles falsos puede ser un delito.</translation>
    </message>
    <message>
        <source>You can ask officers to slide a warrant under the door instead of opening it.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].takeaways[2]</extracomment>
        <translation>Puede pedir a los agentes que pasen la orden por debajo de la puerta en vez de abrirla.</translation>
    </message>
    <message>
        <source>Noncitizens aged 18 or older must carry the proof of registration they were given.</source>
        <extracomment>topics/what-you-can-do.json $.topics[0].takeaways[3]</extracomment>
        <translation>Las personas no ciudadanas de 18 años o más deben llevar consigo el comprobante de registro que recibieron.</translation>
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
        <translation>No. Para detener una acción ilegal se usan otras herramientas, como una orden para frenarla (injunction) o la anulación de la acción.</translation>
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
        <translation>Las órdenes para frenar acciones (injunctions) y sus nuevos límites</translation>
    </message>
    <message>
        <source>After Trump v. CASA (2025), what is true about universal injunctions?</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[3].question.prompt</extracomment>
        <translation>Después de Trump v. CASA (2025), ¿qué es cierto sobre las órdenes para frenar algo en todo el país (universal injunctions)?</translation>
    </message>
    <message>
        <source>Courts can freely block a policy for everyone in the country</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[3].question.choices[0].text</extracomment>
        <translation>Los tribunales pueden bloquear libremente una política para todas las personas del país</translation>
    </message>
    <message>
        <source>No. The Court said universal injunctions likely go beyond federal courts&apos; power.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[3].question.choices[0].explanation</extracomment>
        <translation>No. La Corte dijo que las órdenes para frenar algo en todo el país probablemente van más allá del poder de los tribunales federales.</translation>
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
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[6].title</extracomment>
        <translation>Hábeas corpus contra la detención</translation>
    </message>
    <message>
        <source>Asking courts for more enforcement</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[7].title</extracomment>
        <translation>Pedir a los tribunales más control migratorio</translation>
    </message>
    <message>
        <source>This shows the limits run in both directions: courts are cautious about ordering ICE to do less and to do more. That balance helps keep the discussion factual rather than partisan.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[7].notes</extracomment>
        <translation>Esto muestra que los límites van en las dos direcciones: los tribunales son cautelosos tanto al ordenar a ICE que haga menos como al ordenarle que haga más. Ese equilibrio ayuda a que la conversación se base en hechos y no en posturas partidistas.</translation>
    </message>
    <message>
        <source>A myth: &quot;it&apos;s a political question&quot;</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[8].title</extracomment>
        <translation>Un mito: &quot;es una cuestión política&quot;</translation>
    </message>
    <message>
        <source>Some say courts avoid immigration cases as a &quot;[political question](term:political-question-doctrine).&quot; That is rarely true. Courts usually decide these cases on the merits, as in *Arizona* (2012) and *Trump v. Hawaii* (2018).

The real limits are different:

- courts give weight to executive choices;
- people must have standing;
- some laws limit what courts can review;
- a choice not to enforce is usually not reviewable.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[8].body</extracomment>
        <translation>Algunos dicen que los tribunales evitan los casos de inmigración por ser una &quot;[cuestión política](term:political-question-doctrine)&quot;. Eso rara vez es cierto. Por lo general, los tribunales sí deciden el fondo de estos casos, como en *Arizona* (2012) y *Trump v. Hawaii* (2018).

Los límites reales son otros:

- los tribunales dan peso a las decisiones del poder ejecutivo;
- las personas deben tener legitimación para demandar;
- algunas leyes limitan lo que los tribunales pueden revisar;
- la decisión de no aplicar la ley por lo general no se puede revisar.</translation>
    </message>
    <message>
        <source>Ask if anyone has heard that courts &quot;can&apos;t touch&quot; immigration. Correct it calmly: courts hear these cases all the time, but within real limits. Name the limits clearly.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[8].notes</extracomment>
        <translation>Pregunte si alguien ha oído que los tribunales &quot;no pueden tocar&quot; los temas de inmigración. Corríjalo con calma: los tribunales ven estos casos todo el tiempo, pero dentro de límites reales. Nombre esos límites con claridad.</translation>
    </message>
    <message>
        <source>Why do many immigration suits against the government fail or get narrowed?</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[8].question.prompt</extracomment>
        <translation>¿Por qué muchas demandas de inmigración contra el gobierno fracasan o se reducen?</translation>
    </message>
    <message>
        <source>Courts always call immigration a political question</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[8].question.choices[0].text</extracomment>
        <translation>Los tribunales siempre dicen que la inmigración es una cuestión política</translation>
    </message>
    <message>
        <source>No. Courts rarely use that doctrine in immigration enforcement cases. They usually decide them on the merits.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[8].question.choices[0].explanation</extracomment>
        <translation>No. Los tribunales rara vez usan esa doctrina en casos de control migratorio. Por lo general, deciden el fondo del caso.</translation>
    </message>
    <message>
        <source>Standing rules, laws that limit review, and the weight courts give to executive choices</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[8].question.choices[1].text</extracomment>
        <translation>Las reglas sobre legitimación para demandar, las leyes que limitan la revisión y el peso que los tribunales dan a las decisiones del poder ejecutivo</translation>
    </message>
    <message>
        <source>Right. These are the main limits.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[8].question.choices[1].explanation</extracomment>
        <translation>Correcto. Esos son los límites principales.</translation>
    </message>
    <message>
        <source>Judges are not allowed to read immigration laws</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[8].question.choices[2].text</extracomment>
        <translation>Los jueces no pueden interpretar las leyes de inmigración</translation>
    </message>
    <message>
        <source>No. Judges interpret immigration laws in many cases.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[8].question.choices[2].explanation</extracomment>
        <translation>No. Los jueces interpretan las leyes de inmigración en muchos casos.</translation>
    </message>
    <message>
        <source>What courts can and cannot order</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[9].title</extracomment>
        <translation>Lo que los tribunales pueden y no pueden ordenar</translation>
    </message>
    <message>
        <source>Point back to the two words on the board and sort each tool under one of them. Remind the room that each tool does a different job.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[1].notes</extracomment>
        <translation>Vuelva a señalar las dos palabras del pizarrón y ponga cada herramienta debajo de una de ellas. Recuerde al grupo que cada herramienta cumple una función diferente.</translation>
    </message>
    <message>
        <source>Here is how the tools divide:

- **To compel a required act,** such as deciding an application: mandamus, or the APA&apos;s rule on [unreasonable delay](term:unreasonable-delay).
- **To stop unlawful action:** an [injunction](term:injunction), a [declaratory judgment](term:declaratory-judgment), or setting the action aside under the APA.
- **To end unlawful detention:** a [bond hearing](term:bond-hearing) before an immigration judge, where the law allows one, or [habeas corpus](term:habeas-corpus) in federal court.

Each of these has limits in immigration cases.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[1].body</extracomment>
        <translation>Así se dividen las herramientas:

- **Para obligar a hacer un acto requerido,** como decidir una solicitud: el mandamus o la regla de la APA (Ley de Procedimiento Administrativo) sobre la [demora irrazonable](term:unreasonable-delay).
- **Para detener una acción ilegal:** una [orden para frenar algo (injunction)](term:injunction), una [sentencia declaratoria](term:declaratory-judgment) o la anulación de la acción según la APA.
- **Para terminar una detención ilegal:** una [audiencia de fianza](term:bond-hearing) ante un juez de inmigración, cuando la ley la permite, o el [hábeas corpus](term:habeas-corpus) ante un tribunal federal.

Cada una de estas herramientas tiene límites en los casos de inmigración.</translation>
    </message>
    <message>
        <source>An [injunction](term:injunction) can order an agency to stop. But its reach in immigration cases has narrowed.

- **2022.** In *Aleman Gonzalez*, the Supreme Court read a law, 8 U.S.C. §1252(f)(1), to bar lower courts from class-wide orders that block parts of the removal laws. Help for one person is still possible.
- **2025.** In [Trump v. CASA](source:trump-casa-2025), it said [universal injunctions](term:universal-injunction) likely go beyond federal courts&apos; power. An order should not protect people outside the case more than the people who sued need.

The door is not shut. *CASA* left [class actions](term:class-action) open. It did not decide whether courts can set aside a rule for everyone under the APA. Law firms report that in November 2025 a federal court certified a nationwide class of people seeking bond hearings ([Maldonado Bautista](source:maldonado-bautista-2025)). Courts still disagree on how far these routes reach in immigration cases.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[3].body</extracomment>
        <translation>Una [orden para frenar algo (injunction)](term:injunction) puede obligar a una agencia a detenerse. Pero su alcance en los casos de inmigración se ha reducido.

- **2022.** En *Aleman Gonzalez*, la Corte Suprema interpretó que una ley, 8 U.S.C. §1252(f)(1), impide que los tribunales inferiores den órdenes colectivas, para todo un grupo, que bloqueen partes de las leyes de deportación. Todavía es posible proteger a una sola persona.
- **2025.** En [Trump v. CASA](source:trump-casa-2025), dijo que las [órdenes para frenar algo en todo el país (universal injunctions)](term:universal-injunction) probablemente van más allá del poder de los tribunales federales. Una orden no debe proteger a personas ajenas al caso más de lo que necesitan quienes demandaron.

La puerta no está cerrada. *CASA* dejó abiertas las [demandas colectivas](term:class-action). No decidió si un tribunal puede anular una norma para todos según la APA. Según bufetes de abogados, en noviembre de 2025 un tribunal federal aprobó una demanda colectiva de alcance nacional de personas que piden audiencias de fianza ([Maldonado Bautista](source:maldonado-bautista-2025)). Los tribunales todavía no están de acuerdo sobre hasta dónde llegan estas vías en los casos de inmigración.</translation>
    </message>
    <message>
        <source>Explain &quot;class-wide&quot; simply: one order covering a whole group. Avoid predicting how future cases will come out; these rules are still being applied, and the 2025 bond class was still being fought over in 2026.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[3].notes</extracomment>
        <translation>Explique con palabras sencillas qué es una orden &quot;colectiva&quot; (class-wide): una sola orden que cubre a todo un grupo. No intente predecir cómo se decidirán casos futuros; estas reglas todavía se están aplicando, y en 2026 seguía la disputa sobre el grupo de fianzas de 2025.</translation>
    </message>
    <message>
        <source>They likely go beyond federal courts&apos; power, but the ruling left class actions open</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[3].question.choices[1].text</extracomment>
        <translation>Probablemente van más allá del poder de los tribunales federales, pero el fallo dejó abiertas las demandas colectivas</translation>
    </message>
    <message>
        <source>Right. An order now usually protects only the people in the case. Broader relief may still come through a class action, within the limits of immigration law.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[3].question.choices[1].explanation</extracomment>
        <translation>Correcto. Ahora una orden por lo general protege solo a las personas que son parte del caso. Todavía puede haber una protección más amplia por medio de una demanda colectiva, dentro de los límites de la ley de inmigración.</translation>
    </message>
    <message>
        <source>Before habeas: asking a judge for bond</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[5].title</extracomment>
        <translation>Antes del hábeas corpus: pedir fianza a un juez</translation>
    </message>
    <message>
        <source>For many people held by ICE, the first step is not a federal court. They can ask an immigration judge for a [bond hearing](term:bond-hearing). The judge reviews ICE&apos;s custody decision. The judge may set a bond, a payment that lets the person go home while the case goes on.

Since 2025, who can get a hearing has been fought over in court. In 2025, the Board of Immigration Appeals said immigration judges cannot give bond hearings to people who entered without being inspected ([Yajure Hurtado](source:yajure-hurtado-2025)). Law firms report that a federal court in California ruled the other way for a nationwide class in late 2025 ([Maldonado Bautista](source:maldonado-bautista-2025)). In February 2026, the federal appeals court for Texas, Louisiana and Mississippi sided with the government ([Buenrostro-Mendez](source:buenrostro-mendez-2026)). News reports say other federal appeals courts took different sides in spring 2026.

So the answer may depend on how the person entered, which court&apos;s rulings apply where they are held, and any criminal charges. The rules may have changed since mid-2026. There is no free, government-paid lawyer in immigration court. A lawyer or [accredited representative](term:accredited-representative) can check the current rules. A [step-by-step guide on bond hearings](page:flow/can-they-get-a-bond-hearing) walks through the questions. The [Find legal help](page:help) page lists places to start.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[5].body</extracomment>
        <translation>Para muchas personas detenidas por ICE, el primer paso no es un tribunal federal. Pueden pedir una [audiencia de fianza](term:bond-hearing) ante un juez de inmigración. El juez revisa la decisión de ICE sobre la custodia. El juez puede fijar una fianza, un pago que permite que la persona vuelva a casa mientras sigue su caso.

Desde 2025, quién puede tener esta audiencia se ha disputado en los tribunales. En 2025, la Junta de Apelaciones de Inmigración dijo que los jueces de inmigración no pueden dar audiencias de fianza a las personas que entraron sin ser inspeccionadas ([Yajure Hurtado](source:yajure-hurtado-2025)). Según bufetes de abogados, un tribunal federal de California decidió lo contrario para un grupo de alcance nacional a fines de 2025 ([Maldonado Bautista](source:maldonado-bautista-2025)). En febrero de 2026, el tribunal federal de apelaciones para Texas, Luisiana y Misisipi le dio la razón al gobierno ([Buenrostro-Mendez](source:buenrostro-mendez-2026)). Según noticias, otros tribunales federales de apelaciones tomaron posiciones distintas en la primavera de 2026.

Por eso, la respuesta puede depender de cómo entró la persona, de qué fallos se aplican donde está detenida y de cualquier cargo penal. Las reglas pueden haber cambiado desde mediados de 2026. En los tribunales de inmigración no hay un abogado gratuito pagado por el gobierno. Un abogado o un [representante acreditado](term:accredited-representative) puede revisar las reglas actuales. Una [guía paso a paso sobre audiencias de fianza](page:flow/can-they-get-a-bond-hearing) repasa las preguntas. La página [Buscar ayuda legal](page:help) tiene una lista de lugares donde empezar.</translation>
    </message>
    <message>
        <source>Families often ask this first. Do not guess whether a person can get bond: the rules changed in 2025 and 2026 and differ from place to place. Point to the Find legal help page.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[5].notes</extracomment>
        <translation>Las familias suelen preguntar esto primero. No intente adivinar si una persona puede obtener fianza: las reglas cambiaron en 2025 y 2026, y son distintas según el lugar. Indique la página Buscar ayuda legal.</translation>
    </message>
    <message>
        <source>[Habeas corpus](term:habeas-corpus) is the usual way to challenge unlawful immigration detention in federal court. It fits when the detention itself is unlawful or no bond hearing is given. It is filed in the district where the person is held, against the person&apos;s custodian. People can file a petition on their own, but most do it with a lawyer&apos;s help.

In 2025, the Supreme Court decided *J.G.G.* That case was about removals under the Alien Enemies Act. The Court said challenges that mean a detention is invalid belong in habeas, in that district. It said people held under that law must get notice and a chance to seek habeas before removal. On May 16, 2025, in [A.A.R.P. v. Trump](source:aarp-2025), it added that the notice must give a real chance to go to court. Notice about 24 hours before removal, with no word on how to object, was not enough.

In *Zadvydas* (2001), the Court said detention after a removal order is presumed reasonable for six months. After that, the person can show good reason to believe removal is not likely in the reasonably foreseeable future. Then the government must respond with evidence to justify keeping them detained. Release is not automatic.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[6].body</extracomment>
        <translation>El [hábeas corpus](term:habeas-corpus) es la vía usual para cuestionar una detención migratoria ilegal en un tribunal federal. Sirve cuando la detención en sí es ilegal o cuando no se da una audiencia de fianza. Se presenta en el distrito donde está detenida la persona, contra quien la tiene bajo custodia. Una persona puede presentar la petición por su cuenta, pero la mayoría lo hace con ayuda de un abogado.

En 2025, la Corte Suprema decidió el caso *J.G.G.* Ese caso trataba de deportaciones bajo la Alien Enemies Act (Ley de Enemigos Extranjeros). La Corte dijo que los reclamos que implican que una detención no es válida deben ir por hábeas corpus, en ese distrito. Dijo que las personas detenidas bajo esa ley deben recibir aviso y una oportunidad de pedir hábeas corpus antes de la deportación. El 16 de mayo de 2025, en [A.A.R.P. v. Trump](source:aarp-2025), agregó que el aviso debe dar una oportunidad real de acudir a un tribunal. Un aviso de unas 24 horas antes de la deportación, sin decir cómo oponerse, no fue suficiente.

En *Zadvydas* (2001), la Corte dijo que la detención después de una orden de deportación se presume razonable por seis meses. Después de ese plazo, la persona puede mostrar buenas razones para creer que no es probable que la deportación ocurra en un futuro razonablemente previsible. Entonces el gobierno debe responder con pruebas que justifiquen mantenerla detenida. La liberación no es automática.</translation>
    </message>
    <message>
        <source>People often ask about detention of a family member. Stay general, and point to the Find legal help page for real cases. Stress that habeas is filed where the person is held, which may be far from home.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[6].notes</extracomment>
        <translation>La gente suele preguntar por la detención de un familiar. Hable en términos generales y, para casos reales, indique la página Buscar ayuda legal. Subraye que el hábeas corpus se presenta donde está detenida la persona, y eso puede ser lejos de su casa.</translation>
    </message>
    <message>
        <source>Some suits ask courts to make ICE enforce *more*. These also face limits.

- In *Heckler v. Chaney* (1985), the Supreme Court said an agency&apos;s choice not to enforce is usually not reviewable.
- In 2023, two states lacked [standing](term:standing), the right to sue, to challenge federal enforcement priorities.
- A 2025 law, the Laken Riley Act, now lets state attorneys general sue over some release and detention failures.
- The same law requires ICE to detain some people, without bond, who are only arrested for or charged with theft-type crimes, such as shoplifting. No conviction is needed. It covers some noncitizens, such as people who came in without being inspected or who have no valid papers.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[7].body</extracomment>
        <translation>Algunas demandas piden a los tribunales que obliguen a ICE a aplicar *más* la ley. Estas demandas también tienen límites.

- En *Heckler v. Chaney* (1985), la Corte Suprema dijo que la decisión de una agencia de no aplicar la ley por lo general no se puede revisar.
- En 2023, dos estados no tenían [legitimación](term:standing) (el derecho a demandar) para cuestionar las prioridades federales de control migratorio.
- Una ley de 2025, la Ley Laken Riley (Laken Riley Act), ahora permite que los fiscales generales de los estados demanden por algunas fallas al liberar o detener a personas.
- La misma ley obliga a ICE a detener sin fianza a algunas personas que solo fueron arrestadas o acusadas de delitos como robo o hurto en tiendas. No hace falta una condena. Se aplica a algunos no ciudadanos, como quienes entraron sin ser inspeccionados o no tienen papeles válidos.</translation>
    </message>
    <message>
        <source>- **Can:** order an official to decide a matter the law requires, through mandamus or the APA.
- **Can:** stop or set aside unlawful action, within limits.
- **Can:** hear habeas cases about detention, in the district where the person is held.
- **Cannot:** use mandamus to make ICE stop something.
- **Cannot:** order a particular choice where the law gives discretion.
- **Rarely can:** protect people who are not in the case. Since 2022 and 2025, class-wide and universal orders face limits, but class actions are still possible.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[9].body</extracomment>
        <translation>- **Pueden:** ordenar a un funcionario que decida un asunto cuando la ley lo exige, por medio del mandamus o de la APA.
- **Pueden:** detener o anular una acción ilegal, dentro de ciertos límites.
- **Pueden:** ver casos de hábeas corpus sobre detenciones, en el distrito donde está detenida la persona.
- **No pueden:** usar el mandamus para obligar a ICE a dejar de hacer algo.
- **No pueden:** ordenar una decisión concreta cuando la ley da discreción.
- **Rara vez pueden:** proteger a personas que no son parte del caso. Desde los fallos de 2022 y 2025, las órdenes colectivas y las órdenes para todo el país tienen límites, pero las demandas colectivas siguen siendo posibles.</translation>
    </message>
    <message>
        <source>End by restating the main idea: mandamus compels, it does not restrain. Invite questions, and remind people that the Find legal help page lists places to find legal help.</source>
        <extracomment>walkthroughs/can-mandamus-rein-in-ice.json $.walkthroughs[0].steps[9].notes</extracomment>
        <translation>Termine repitiendo la idea principal: el mandamus obliga a actuar, no frena. Invite a hacer preguntas y recuerde que la página Buscar ayuda legal tiene una lista de lugares donde buscar ayuda legal.</translation>
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
        <translation>Un informe de 2013, *Insecure Communities* (Comunidades Inseguras), encuestó a 2,004 latinos en cuatro condados grandes. La encuesta se hizo a fines de 2012, en inglés y en español.

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
        <translation>El 28%</translation>
    </message>
    <message>
        <source>No. 28% was the figure for Latinos born in the U.S.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[1].question.choices[0].explanation</extracomment>
        <translation>No. El 28% fue la cifra de los latinos nacidos en EE. UU.</translation>
    </message>
    <message>
        <source>44%</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[1].question.choices[1].text</extracomment>
        <translation>El 44%</translation>
    </message>
    <message>
        <source>Right. 44% of all Latino respondents said so.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[1].question.choices[1].explanation</extracomment>
        <translation>Correcto. El 44% de todos los latinos encuestados lo dijo.</translation>
    </message>
    <message>
        <source>70%</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[1].question.choices[2].text</extracomment>
        <translation>El 70%</translation>
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
- Un tribunal concluyó que una oficina del alguacil (sheriff) discriminaba gravemente por perfil racial.

Cuando vea una cifra, pregunte de dónde viene.</translation>
    </message>
    <message>
        <source>Two 2014 studies asked whether this kind of enforcement lowered crime. Both looked at [Secure Communities](term:secure-communities), which started in different counties at different times.

- Miles and Cox found no meaningful drop in overall or violent crime.
- Treyger, Chalfin and Loeffler also looked at how local police made arrests. They found little evidence that crime fell. They also found little evidence of the feared rise in biased arrests.</source>
        <extracomment>walkthroughs/community-impacts-evidence.json $.walkthroughs[0].steps[4].body</extracomment>
        <translation>Dos estudios de 2014 analizaron si este tipo de control migratorio redujo los delitos. Los dos estudiaron [Comunidades Seguras](term:secure-communities), que empezó en distintos condados en distintos momentos.

- Miles y Cox no encontraron una baja importante en los delitos en general ni en los delitos violentos.
- Treyger, Chalfin y Loeffler también estudiaron cómo hacía arrestos la policía local. Encontraron poca evidencia de que los delitos bajaran. También encontraron poca evidencia del temido aumento de arrestos discriminatorios.</translation>
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
        <source>Grant conditions, 2017 to 2021</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[4].title</extracomment>
        <translation>Condiciones para recibir fondos, de 2017 a 2021</translation>
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
        <translation>Explique que una medida cautelar (en inglés, &quot;preliminary injunction&quot;) es temporal: mantiene las cosas como están mientras sigue el caso. No haga predicciones sobre la apelación.</translation>
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
        <source>The Supreme Court ruled for the cities in 2021</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[4].question.choices[0].text</extracomment>
        <translation>La Corte Suprema falló a favor de las ciudades en 2021</translation>
    </message>
    <message>
        <source>- **United States v. Illinois.** Dismissed on July 25, 2025. The judge said the [Tenth Amendment](term:tenth-amendment) protects Illinois&apos;s limits on helping ICE. The government appealed.
- **United States v. New York.** Dismissed on November 17, 2025. The case was about New York&apos;s Protect Our Courts Act. The judge said no federal law requires states to help with civil immigration enforcement.
- **United States v. City of Los Angeles.** Reports say a judge dismissed it in June 2026. The government could amend by July 3, 2026. What happened after that is not known in our sources.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[6].body</extracomment>
        <translation>- **United States v. Illinois.** Se desestimó el 25 de julio de 2025. El tribunal dijo que la [Décima Enmienda](term:tenth-amendment) protege los límites que puso Illinois a la ayuda a ICE. El gobierno apeló.
- **United States v. New York.** Se desestimó el 17 de noviembre de 2025. El caso trataba de la Ley para Proteger Nuestros Tribunales (Protect Our Courts Act) de Nueva York. El tribunal dijo que ninguna ley federal obliga a los estados a ayudar con el control migratorio civil.
- **United States v. City of Los Angeles.** Según informes, un tribunal lo desestimó en junio de 2026. El gobierno tenía hasta el 3 de julio de 2026 para corregir su demanda. En nuestras fuentes no se sabe qué pasó después.</translation>
    </message>
    <message>
        <source>- **Lunn (2017).** Massachusetts&apos;s highest court said holding someone on a civil detainer is an arrest under state law. State law gives court officers no power to hold a person only on a federal civil detainer. The court left any change to the legislature.
- **Gonzalez v. ICE (2019 and 2020).** In 2019, a federal trial court found ICE broke the Fourth Amendment by issuing detainers based only on database checks. It also faulted detainers sent to states with no law allowing civil immigration arrests. In 2020, the Ninth Circuit threw out the parts about database checks and state law. (Its rulings bind federal courts in western states.) But it said a person held on a detainer needs a quick probable-cause decision by a neutral judge. It sent the case back. What happened next was not confirmed in our sources.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[2].body</extracomment>
        <translation>- **Lunn (2017).** El tribunal más alto de Massachusetts dijo que retener a alguien por una orden de retención civil es un arresto según la ley estatal. La ley estatal no da a los oficiales de los tribunales el poder de retener a una persona solo por una orden de retención civil federal. El tribunal dejó cualquier cambio en manos de la legislatura.
- **Gonzalez v. ICE (2019 y 2020).** En 2019, un tribunal federal de primera instancia concluyó que ICE violó la Cuarta Enmienda al emitir órdenes de retención basadas solo en búsquedas en bases de datos. También encontró fallas en las órdenes de retención enviadas a estados sin una ley que permita arrestos migratorios civiles. En 2020, el Noveno Circuito anuló las partes sobre las búsquedas en bases de datos y sobre la ley estatal. (Sus fallos obligan a los tribunales federales de los estados del oeste). Pero dijo que una persona retenida por una orden de retención necesita que un juez neutral decida pronto si hay causa probable. Devolvió el caso al tribunal inferior. Lo que pasó después no se confirmó en nuestras fuentes.</translation>
    </message>
    <message>
        <source>- **El Cenizo (2018).** An appeals court upheld most of Texas SB 4 (2017), including the rule that jails honor detainers. It was not commandeering, because Texas was directing its own cities and counties.
- **United States v. California (2019).** An appeals court said California SB 54 is not [preempted](term:preemption). The courts said refusing to help is not the same as getting in the way. The Supreme Court declined to review it in 2020.

So a state may require its jails to honor detainers, and a state may limit its help to ICE.

A state may not make its own immigration crimes that clash with federal law. Courts blocked Florida&apos;s 2025 illegal-entry law, and in July 2025 the Supreme Court refused to let it take effect. Texas&apos;s 2023 law is different now: news reports say that since May 29, 2026, Texas may enforce key parts of it while a newer lawsuit goes on.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[3].body</extracomment>
        <translation>- **El Cenizo (2018).** Un tribunal de apelaciones confirmó la mayor parte de la ley SB 4 de Texas (2017), incluida la regla de que las cárceles cumplan las órdenes de retención. No era una requisición prohibida (commandeering), porque Texas daba órdenes a sus propias ciudades y condados.
- **United States v. California (2019).** Un tribunal de apelaciones dijo que la ley SB 54 de California no queda [desplazada por la ley federal](term:preemption). Los tribunales dijeron que negarse a ayudar no es lo mismo que poner obstáculos. La Corte Suprema se negó a revisar el caso en 2020.

Así que un estado puede exigir que sus cárceles cumplan las órdenes de retención, y un estado puede limitar su ayuda a ICE.

Un estado no puede crear sus propios delitos migratorios que choquen con la ley federal. Los tribunales bloquearon la ley de Florida de 2025 sobre la entrada ilegal, y en julio de 2025 la Corte Suprema no dejó que entrara en vigor. La ley de Texas de 2023 está en otra situación: según informes de prensa, desde el 29 de mayo de 2026 Texas puede aplicar partes clave de esa ley mientras sigue una demanda más reciente.</translation>
    </message>
    <message>
        <source>This can surprise people: both the Texas law and the California law were upheld. Explain that states have room to choose either way, within limits. If you present in Texas, check the current status of SB 4 (2023) before the session; it can change quickly.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[3].notes</extracomment>
        <translation>Esto puede sorprender: se confirmaron tanto la ley de Texas como la de California. Explique que los estados tienen margen para elegir en cualquiera de los dos sentidos, dentro de ciertos límites. Si presenta en Texas, averigüe antes de la sesión cómo está la ley SB 4 (2023); puede cambiar rápido.</translation>
    </message>
    <message>
        <source>In 2017, an executive order and new grant conditions targeted sanctuary places.

- **2018:** an appeals court said the order&apos;s funding part broke the rule that only Congress controls spending.
- **2018 to 2020:** appeals courts in the Chicago and Philadelphia cases said the [Byrne JAG](term:byrne-jag) conditions lacked approval from Congress.
- **2019:** a different appeals court allowed extra points for cooperation in a competitive grant.
- **2020:** another appeals court upheld the Byrne JAG conditions, creating a [circuit split](term:circuit-split).

In March 2021, the new administration settled these grant disputes, and the Supreme Court dismissed the pending cases at the parties&apos; joint request.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[4].body</extracomment>
        <translation>En 2017, una orden ejecutiva y nuevas condiciones para recibir fondos apuntaron contra los lugares &quot;santuario&quot;.

- **2018:** un tribunal de apelaciones dijo que la parte de la orden sobre fondos violaba la regla de que solo el Congreso controla el gasto.
- **De 2018 a 2020:** los tribunales de apelaciones en los casos de Chicago y Filadelfia dijeron que las condiciones del programa [Byrne JAG](term:byrne-jag) no tenían la aprobación del Congreso.
- **2019:** otro tribunal de apelaciones permitió dar puntos extra por cooperar en un concurso de fondos.
- **2020:** un tribunal de apelaciones distinto confirmó las condiciones de Byrne JAG. Así creó un [desacuerdo entre tribunales de apelaciones](term:circuit-split) (circuit split).

En marzo de 2021, el nuevo gobierno llegó a un acuerdo en estas disputas sobre los fondos, y la Corte Suprema dio por terminados los casos pendientes a pedido conjunto de las partes.</translation>
    </message>
    <message>
        <source>The cases were dismissed at the parties&apos; request in 2021, after the new administration settled them</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[4].question.choices[1].text</extracomment>
        <translation>Los casos se dieron por terminados a pedido de las partes en 2021, después de que el nuevo gobierno llegó a un acuerdo</translation>
    </message>
    <message>
        <source>In 2025, new executive orders said sanctuary places should lose federal money. San Francisco and others sued.

- **April 24, 2025:** Judge Orrick issued a [preliminary injunction](term:preliminary-injunction). It barred the government from withholding, freezing or adding conditions to funds under parts of [EO 14159](source:eo-14159), [EO 14218](source:eo-14218) and a [Justice Department directive](source:bondi-memo-2025).
- **August 22, 2025:** he expanded it to Los Angeles, Boston, Chicago, Denver and about 30 more places.
- **December 5, 2025:** the appeal was argued.
- **About January 20, 2026:** he denied the government&apos;s motion to dismiss and paused the case while the appeal goes on.

The appeals court decision was not known in our sources (which run to about June 2026).</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[5].body</extracomment>
        <translation>En 2025, nuevas órdenes ejecutivas dijeron que los lugares &quot;santuario&quot; debían perder fondos federales. San Francisco y otros lugares demandaron.

- **24 de abril de 2025:** el juez Orrick dictó una [medida cautelar](term:preliminary-injunction) (una orden temporal del tribunal). Prohibió al gobierno dejar de entregar, congelar o ponerles condiciones a los fondos con base en partes de la [EO 14159](source:eo-14159), de la [EO 14218](source:eo-14218) y de una [directiva del Departamento de Justicia](source:bondi-memo-2025).
- **22 de agosto de 2025:** la amplió a Los Ángeles, Boston, Chicago, Denver y unos 30 lugares más.
- **5 de diciembre de 2025:** se presentaron los argumentos orales de la apelación.
- **Alrededor del 20 de enero de 2026:** rechazó el pedido del gobierno de desestimar el caso. También puso el caso en pausa mientras sigue la apelación.

La decisión del tribunal de apelaciones no se conocía en nuestras fuentes (que llegan hasta alrededor de junio de 2026).</translation>
    </message>
    <message>
        <source>In our sources (which run to about June 2026), these were still pending or not confirmed:

- the Ninth Circuit appeal in the 2025 San Francisco case;
- the Seventh Circuit appeal in *United States v. Illinois*;
- any appeal in *United States v. New York*;
- anything after July 3, 2026 in the Los Angeles case;
- the U.S. suits against Colorado and Denver, Rochester, New Jersey cities, New York City and Boston;
- anything after May 29, 2026 in the fight over Texas SB 4 (2023), a state illegal-entry law, and the exact date of the 2026 ruling by the full Fifth Circuit ([en banc](term:en-banc));
- the Eleventh Circuit&apos;s ruling on Florida SB 4-C (2025), another state illegal-entry law.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[7].body</extracomment>
        <translation>En nuestras fuentes (que llegan hasta alrededor de junio de 2026), estos asuntos seguían pendientes o no se habían confirmado:

- la apelación ante el Noveno Circuito en el caso de San Francisco de 2025;
- la apelación ante el Séptimo Circuito en *United States v. Illinois*;
- cualquier apelación en *United States v. New York*;
- cualquier novedad después del 3 de julio de 2026 en el caso de Los Ángeles;
- las demandas de Estados Unidos contra Colorado y Denver, Rochester, ciudades de Nueva Jersey, la Ciudad de Nueva York y Boston;
- cualquier novedad después del 29 de mayo de 2026 en la disputa sobre la ley SB 4 de Texas (2023), una ley estatal sobre la entrada ilegal, y la fecha exacta del fallo de 2026 del pleno del Quinto Circuito ([en banc](term:en-banc));
- el fallo del Undécimo Circuito sobre la ley SB 4-C de Florida (2025), otra ley estatal sobre la entrada ilegal.</translation>
    </message>
    <message>
        <source>Tell people that this app&apos;s sources run to about June 2026, so newer rulings may be missing. Texas SB 4 is the clearest example: as reported, Texas could enforce key parts from May 29, 2026. If someone knows of a newer ruling, thank them and note that the app may need an update.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[7].notes</extracomment>
        <translation>Dígale a la gente que las fuentes de esta aplicación llegan hasta alrededor de junio de 2026, así que pueden faltar fallos más recientes. La ley SB 4 de Texas es el ejemplo más claro: según informes, Texas podía aplicar partes clave desde el 29 de mayo de 2026. Si alguien sabe de un fallo más reciente, agradézcale y señale que tal vez haya que actualizar la aplicación.</translation>
    </message>
    <message>
        <source>- Courts have said a detainer is a request under federal law.
- Some federal courts have said holding someone past release on a detainer is a new seizure that needs probable cause.
- States can require help with detainers, or limit it.
- Most courts struck down funding conditions that Congress did not set, but not all.
- In 2025, two federal trial courts dismissed U.S. suits against Illinois and New York laws. Appeals could change that.
- As reported, Texas could enforce key parts of its 2023 illegal-entry law from May 29, 2026. Florida&apos;s law stayed blocked.
- In our sources, several appeals were still open.

For help with a real case, see [Find legal help](page:help).</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[8].body</extracomment>
        <translation>- Los tribunales han dicho que una orden de retención migratoria es una solicitud según la ley federal.
- Algunos tribunales federales han dicho que retener a alguien después de la hora de su liberación por una orden de retención es una nueva detención que necesita causa probable.
- Los estados pueden exigir que se ayude con las órdenes de retención, o limitar esa ayuda.
- La mayoría de los tribunales anuló condiciones para recibir fondos que el Congreso no había fijado, pero no todos.
- En 2025, dos tribunales federales de primera instancia desestimaron demandas de Estados Unidos contra leyes de Illinois y de Nueva York. Las apelaciones podrían cambiar eso.
- Según informes, Texas podía aplicar partes clave de su ley de 2023 sobre la entrada ilegal desde el 29 de mayo de 2026. La ley de Florida siguió bloqueada.
- En nuestras fuentes, varias apelaciones seguían abiertas.

Para recibir ayuda con un caso real, vea [Buscar ayuda legal](page:help).</translation>
    </message>
    <message>
        <source>Close by reminding the room that court results can change on appeal. The Find legal help page lists places to find legal help for a real case.</source>
        <extracomment>walkthroughs/court-cases-so-far.json $.walkthroughs[0].steps[8].notes</extracomment>
        <translation>Para cerrar, recuerde al grupo que los resultados de los tribunales pueden cambiar en una apelación. La página Buscar ayuda legal tiene una lista de lugares donde buscar ayuda legal para un caso real.</translation>
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
        <source>It runs both ways</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[5].title</extracomment>
        <translation>Funciona en los dos sentidos</translation>
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
    <message>
        <source>The [Spending Clause](term:spending-clause) lets Congress attach conditions to federal money. Only Congress has this &quot;power of the purse.&quot; The President cannot add conditions that Congress did not set. An appeals court applied this rule in 2018 to a 2017 executive order.

Congress&apos;s own conditions have limits too. Congress must state them clearly, so states know what they accept. They must relate to the program. They must not [coerce](term:coercion). In 2012, the Supreme Court found a threat to take away all of a state&apos;s Medicaid money coercive.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[3].body</extracomment>
        <translation>La [Cláusula de Gasto](term:spending-clause) permite al Congreso poner condiciones al dinero federal. Solo el Congreso tiene este control del dinero público (&quot;power of the purse&quot;). El presidente no puede agregar condiciones que el Congreso no fijó. Un tribunal de apelaciones aplicó esta regla en 2018 a una orden ejecutiva de 2017.

Las condiciones que pone el propio Congreso también tienen límites. El Congreso debe ponerlas con claridad, para que los estados sepan qué aceptan. Deben tener relación con el programa. No pueden ser una [coacción](term:coercion), es decir, una presión que no deja opción real. En 2012, la Corte Suprema concluyó que amenazar con quitarle a un estado todo su dinero de Medicaid era una coacción.</translation>
    </message>
    <message>
        <source>The [Fourth Amendment](term:fourth-amendment) protects against unreasonable searches and [seizures](term:seizure).

- **Detainer holds.** Some federal courts have said keeping someone in jail past release on a detainer is a new seizure. It needs [probable cause](term:probable-cause).
- **Homes.** In 1980, in *Payton v. New York*, the Supreme Court held that, as a rule, police may not go into a home to arrest someone without a warrant from a judge, unless someone agrees or there is a real emergency (for example, hot pursuit). An arrest warrant works only for the home where the named person lives. Another person&apos;s home usually takes a search warrant ([Steagald](source:steagald-1981), 1981).
- **Immigration papers.** Longstanding guidance says an administrative immigration warrant alone does not allow entry without consent. A 2025 ICE memo, made public in 2026, disagrees for people with a final removal order. Its legality is contested.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[4].body</extracomment>
        <translation>La [Cuarta Enmienda](term:fourth-amendment) protege contra registros y [detenciones](term:seizure) irrazonables.

- **Retenciones migratorias en la cárcel.** Algunos tribunales federales han dicho que mantener a alguien en la cárcel después de la hora de su liberación por una orden de retención es una nueva detención. Necesita [causa probable](term:probable-cause).
- **Viviendas.** En 1980, en *Payton v. New York*, la Corte Suprema decidió que, por regla general, la policía no puede entrar a una vivienda para arrestar a alguien sin una orden de un juez, salvo que alguien la deje entrar o haya una emergencia real (como la persecución inmediata o &quot;hot pursuit&quot;). Una orden de arresto sirve solo para la vivienda donde vive la persona nombrada. Para la vivienda de otra persona, por lo general hace falta una orden de registro ([Steagald](source:steagald-1981), 1981).
- **Papeles de inmigración.** Desde hace años, las guías dicen que una orden administrativa de inmigración (firmada por un oficial de inmigración, no por un juez) no permite por sí sola entrar sin consentimiento. Un memorando de ICE de 2025, que se hizo público en 2026, dice lo contrario para las personas con una orden final de deportación. Su legalidad está en disputa.</translation>
    </message>
    <message>
        <source>Keep this calm and factual. People may have strong feelings about home entry. The memo covers people with a final removal order. News reports say that in January 2026 a federal judge in Minnesota found a Fourth Amendment violation when agents broke down a man&apos;s door with only immigration papers, with no consent and no judge&apos;s warrant. That ruling did not decide whether the memo itself is lawful. Groups also went to court in 2026 to challenge the memo. Do not predict how they will end.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[4].notes</extracomment>
        <translation>Mantenga un tono tranquilo y basado en hechos. Puede que la gente tenga sentimientos fuertes sobre la entrada a las viviendas. El memorando trata de personas con una orden final de deportación. Según informes de prensa, en enero de 2026 un juez federal de Minnesota concluyó que se violó la Cuarta Enmienda cuando unos agentes derribaron la puerta de un hombre solo con papeles de inmigración, sin consentimiento y sin una orden de un juez. Ese fallo no decidió si el memorando en sí es legal. En 2026, algunos grupos también acudieron a los tribunales para impugnar el memorando. No haga predicciones sobre cómo terminarán.</translation>
    </message>
    <message>
        <source>States can overstep too. When a valid federal law overrides a state law, that is [preemption](term:preemption).

In 2012, the Supreme Court blocked three parts of Arizona&apos;s SB 1070. They created state crimes about registration papers and work, and allowed arrests without a warrant for being removable.

Later, courts blocked Texas and Florida laws that made illegal entry a state crime. Florida&apos;s law was still blocked in our sources, which run to about June 2026. Texas&apos;s law was not. News reports say that on May 29, 2026, three Fifth Circuit judges let Texas start enforcing key parts of it while a newer lawsuit goes on. The 2026 rulings did not decide whether it is constitutional. The current status is worth checking.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[5].body</extracomment>
        <translation>Los estados también pueden excederse. Cuando una ley federal válida se impone sobre una ley estatal, eso se llama [prevalencia de la ley federal](term:preemption).

En 2012, la Corte Suprema bloqueó tres partes de la ley SB 1070 de Arizona. Esas partes creaban delitos estatales sobre los documentos de registro y sobre el trabajo. También permitían arrestar sin orden de arresto a una persona por ser deportable.

Más tarde, los tribunales bloquearon leyes de Texas y de Florida que convertían la entrada ilegal en un delito estatal. La ley de Florida seguía bloqueada en nuestras fuentes, que llegan hasta alrededor de junio de 2026. La de Texas, no. Según informes de prensa, el 29 de mayo de 2026 tres jueces del Quinto Circuito permitieron que Texas empezara a aplicar partes clave de esa ley mientras sigue una demanda más reciente. Los fallos de 2026 no decidieron si la ley es constitucional. Vale la pena averiguar cómo está el caso ahora.</translation>
    </message>
    <message>
        <source>This step helps mixed rooms. It shows the legal rules are not on one side. Ask: can you think of a time a state went too far? Then connect it to preemption. If you present in Texas, check the current status of SB 4 before the session, since people may face arrest under it.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[5].notes</extracomment>
        <translation>Este paso ayuda en grupos con opiniones distintas. Muestra que las reglas legales no están de un solo lado. Pregunte: ¿se les ocurre un caso en que un estado fue demasiado lejos? Luego relaciónelo con la prevalencia de la ley federal. Si presenta en Texas, averigüe antes de la sesión cómo está la ley SB 4, porque algunas personas podrían ser arrestadas por esa ley.</translation>
    </message>
    <message>
        <source>Go back to the examples the room gave at the start. Sort each into one of the rules. Remind everyone that only a court can decide, and that results can change on appeal. For a real case, point people to the Find legal help page.</source>
        <extracomment>walkthroughs/federal-overreach-in-law.json $.walkthroughs[0].steps[7].notes</extracomment>
        <translation>Vuelva a los ejemplos que dio el grupo al principio. Clasifique cada uno según una de las reglas. Recuerde a todos que solo un tribunal puede decidir y que los resultados pueden cambiar en una apelación. Para un caso real, indique a la gente la página Buscar ayuda legal.</translation>
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
        <translation>Una mirada paso a paso a los acuerdos 287(g), la revisión de huellas digitales, las órdenes de retención migratoria (un pedido de ICE, no una orden de un juez), las órdenes judiciales y administrativas (warrants) y las leyes estatales.</translation>
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

- **[Modelo de Control en las Cárceles](term:jail-enforcement-model).** El personal de la cárcel pregunta a las personas que ya están presas cuál es su estatus migratorio. Revisa registros federales y prepara documentos para ICE.
- **[Oficial de Servicio de Órdenes](term:warrant-service-officer).** Los agentes ejecutan las órdenes administrativas del propio ICE contra personas que ya están en su cárcel.
- **[Modelo de Grupo de Trabajo](term:task-force-model).** Los agentes pueden usar algunos poderes de inmigración en su trabajo policial normal en la comunidad. Es el modelo más amplio.</translation>
    </message>
    <message>
        <source>Draw three boxes: questions in the jail, warrants in the jail, and street policing. Ask which one reaches furthest into daily life. The answer is the Task Force Model, because it works outside the jail.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[2].notes</extracomment>
        <translation>Dibuje tres cuadros: preguntas en la cárcel, órdenes administrativas en la cárcel y trabajo policial en la calle. Pregunte cuál llega más lejos en la vida diaria. La respuesta es el Modelo de Grupo de Trabajo, porque funciona fuera de la cárcel.</translation>
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
        <translation>No. Estos agentes ejecutan órdenes administrativas de ICE contra personas que ya están en su cárcel.</translation>
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
        <source>Two kinds of warrants</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[6].title</extracomment>
        <translation>Dos tipos de órdenes: judicial y administrativa</translation>
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
        <source>Recap</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[8].title</extracomment>
        <translation>Resumen</translation>
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
- **Enero de 2025:** unos 135. Una nueva orden ejecutiva pidió tantos acuerdos como permita la ley. Según informes, ICE volvió a firmar acuerdos del Modelo de Grupo de Trabajo a principios de 2025.
- **2025 y 2026:** el número pasó de unos 135 en enero de 2025 a más de 1,000 en septiembre de 2025, según datos de ICE publicados en las noticias. Un sitio que lleva la cuenta contó más de 1,500 a principios de marzo de 2026. No se encontraron cifras más recientes.

Las cifras no coinciden. Algunas cuentan acuerdos y otras cuentan agencias.</translation>
    </message>
    <message>
        <source>A [detainer](term:detainer) is a form ICE sends to a jail. Federal rules call it a *request*. It asks the jail to:

- tell ICE before it lets the person go, and
- keep the person a short time longer, so ICE can take [custody](term:custody).

How long? The federal rule says up to 48 hours, not counting Saturdays, Sundays or holidays. ICE&apos;s own form asks for less: no more than 48 hours after the time the person would otherwise go free. Many state laws and local policies allow a shorter hold, or none at all.

Since April 2017, ICE has used [Form I-247A](term:form-i-247a). ICE policy says each detainer needs [probable cause](term:probable-cause), a fair reason based on facts. Some federal courts have said holding someone past release is a new [seizure](term:seizure). A hold that goes past the time allowed can be one the law does not support.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[5].body</extracomment>
        <translation>Una [orden de retención migratoria](term:detainer) (un pedido de ICE, no una orden de un juez) es un formulario que ICE envía a una cárcel. Las reglas federales la llaman *solicitud*. Le pide a la cárcel que:

- avise a ICE antes de dejar salir a la persona, y
- retenga a la persona un poco más de tiempo, para que ICE pueda tomar la [custodia](term:custody).

¿Cuánto tiempo? La regla federal dice que hasta 48 horas, sin contar sábados, domingos ni días feriados. El propio formulario de ICE pide menos: no más de 48 horas después de la hora en que la persona saldría libre. Muchas leyes estatales y políticas locales permiten una retención más corta, o ninguna.

Desde abril de 2017, ICE usa el [Formulario I-247A](term:form-i-247a). La política de ICE dice que cada orden de retención necesita [causa probable](term:probable-cause), es decir, una razón justa basada en hechos. Algunos tribunales federales han dicho que retener a alguien después de su hora de salida es una nueva [detención](term:seizure). Si la retención pasa del tiempo permitido, puede que la ley no la respalde.</translation>
    </message>
    <message>
        <source>Draw a simple timeline: arrest, booking, the time the person would go free, then the hold. Explain the two rules side by side. The federal rule leaves out weekends and holidays. ICE&apos;s own form asks for no more than 48 hours after release time. Many states and counties allow less, or no hold at all. Do not suggest that a longer hold is allowed. Keep the tone factual; the goal is understanding, not alarm.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[5].notes</extracomment>
        <translation>Dibuje una línea de tiempo sencilla: arresto, entrada a la cárcel, la hora en que la persona saldría libre y luego la retención. Explique las dos reglas, una al lado de la otra. La regla federal no cuenta los fines de semana ni los feriados. El propio formulario de ICE pide no más de 48 horas después de la hora de salida. Muchos estados y condados permiten menos, o ninguna retención. No dé a entender que se permite una retención más larga. Mantenga un tono basado en hechos; la meta es que se entienda, no causar alarma.</translation>
    </message>
    <message>
        <source>ICE policy says each detainer must come with a signed [Form I-200](term:form-i-200) or [Form I-205](term:form-i-205). These are [administrative warrants](term:administrative-warrant). An immigration officer signs them. They do not come from a court.

A [judicial warrant](term:judicial-warrant) is different. A court issues it, and a judge signs it.

Longstanding guidance says an administrative warrant alone does not allow entry into a home without consent. A 2025 ICE memo, made public in January 2026, says something else for people with a final [removal order](term:removal-order). It says a Form I-205 alone can allow forced entry into such a person&apos;s home. Whether that is legal is disputed.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[6].body</extracomment>
        <translation>La política de ICE dice que cada orden de retención migratoria debe ir con un [Formulario I-200](term:form-i-200) o un [Formulario I-205](term:form-i-205) firmado. Estos formularios son [órdenes administrativas](term:administrative-warrant). Los firma un oficial de inmigración. No vienen de un tribunal.

Una [orden judicial](term:judicial-warrant) es distinta. La emite un tribunal y la firma un juez.

Desde hace años, las guías dicen que una orden administrativa por sí sola no permite entrar a una casa sin consentimiento. Un memorando de ICE de 2025, que se hizo público en enero de 2026, dice otra cosa para las personas con una [orden final de deportación](term:removal-order). Dice que un Formulario I-205 por sí solo puede permitir la entrada por la fuerza a la casa de esa persona. Se discute si eso es legal.</translation>
    </message>
    <message>
        <source>State law decides a lot. The newest facts here are from mid-2026, so check the current rules.

- **Require cooperation.** Texas requires jails to honor detainers. Since January 2026, Texas SB 8 also requires sheriffs who run jails to request and enter into a 287(g) agreement, and to ask again each year if ICE says no. Florida requires jails to honor detainers and to hold a 287(g) agreement. Georgia requires sheriffs to apply for 287(g).
- **Limit or forbid it.** California, Illinois and New Jersey limit cooperation. New York bars civil immigration arrests around state courts without a judge&apos;s warrant.
- **Ban 287(g) agreements.** As of February 2026, the AP counted ten states. Sources name California, Connecticut, Illinois, Maine, Maryland, New Jersey, New Mexico, Oregon and Washington.
- **Say nothing.** Then each local agency decides, within federal law.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[7].body</extracomment>
        <translation>La ley estatal decide mucho. Los datos más nuevos aquí son de mediados de 2026, así que revise las reglas actuales.

- **Exigir la cooperación.** Texas exige que las cárceles cumplan las órdenes de retención migratoria. Desde enero de 2026, la ley SB 8 de Texas también exige que los alguaciles (sheriffs) que tienen cárceles pidan y firmen un acuerdo 287(g), y que lo vuelvan a pedir cada año si ICE dice que no. Florida exige que las cárceles cumplan las órdenes de retención y que tengan un acuerdo 287(g). Georgia exige que los alguaciles soliciten el 287(g).
- **Limitarla o prohibirla.** California, Illinois y Nueva Jersey limitan la cooperación. Nueva York prohíbe los arrestos migratorios civiles cerca de los tribunales estatales sin una orden firmada por un juez.
- **Prohibir los acuerdos 287(g).** En febrero de 2026, la AP contó diez estados. Las fuentes nombran a California, Connecticut, Illinois, Maine, Maryland, Nueva Jersey, Nuevo México, Oregón y Washington.
- **No decir nada.** En ese caso, cada agencia local decide, dentro de lo que permite la ley federal.</translation>
    </message>
    <message>
        <source>Ask: what kind of state are we in? If you do not know, say so; this app does not track local rules. Describe what the laws say, without calling states good or bad. Since December 1, 2026, the Texas attorney general may sue sheriffs who have not complied with SB 8; this app found no count of how many had. The topic How ICE works with local police lists dates and sources.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[7].notes</extracomment>
        <translation>Pregunte: ¿en qué tipo de estado estamos? Si no lo sabe, dígalo; esta aplicación no tiene información sobre las reglas locales. Describa lo que dicen las leyes, sin llamar a los estados buenos o malos. Desde el 1 de diciembre de 2026, el fiscal general de Texas puede demandar a los alguaciles (sheriffs) que no hayan cumplido con la ley SB 8; esta aplicación no encontró cuántos la han cumplido. El tema &quot;Cómo trabaja ICE con la policía local&quot; tiene las fechas y las fuentes.</translation>
    </message>
    <message>
        <source>- A 287(g) agreement is written and supervised, in three models.
- Fingerprint checks at booking are automatic.
- Under federal law, a detainer is a request. Some states make honoring it required. ICE&apos;s form asks for no more than 48 hours after release.
- Immigration officers sign administrative warrants. Judges sign judicial warrants.
- State law shapes much of the rest.

For help with a real case, see [Find legal help](page:help).</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[8].body</extracomment>
        <translation>- Un acuerdo 287(g) es por escrito, tiene supervisión y existe en tres modelos.
- La revisión de huellas digitales al entrar a la cárcel es automática.
- Según la ley federal, una orden de retención migratoria es una solicitud. Algunos estados obligan a cumplirla. El formulario de ICE pide no más de 48 horas después de la salida.
- Una orden administrativa la firma un oficial de inmigración. Una orden judicial la firma un juez.
- La ley estatal define gran parte de lo demás.

Para recibir ayuda en un caso real, vea [Buscar ayuda legal](page:help).</translation>
    </message>
    <message>
        <source>Invite questions. If someone asks about their own case, explain that the app gives general information only. Point to the Find legal help page to find a lawyer or a DOJ-accredited representative.</source>
        <extracomment>walkthroughs/how-ice-works-with-local-police.json $.walkthroughs[0].steps[8].notes</extracomment>
        <translation>Invite a hacer preguntas. Si alguien pregunta por su propio caso, explique que la aplicación solo da información general. Indique la página Buscar ayuda legal para encontrar un abogado o un representante acreditado por el Departamento de Justicia (DOJ).</translation>
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
        <source>Finding real legal help</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[9].title</extracomment>
        <translation>Cómo encontrar ayuda legal real</translation>
    </message>
    <message>
        <source>Watch out for notario fraud</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[10].title</extracomment>
        <translation>Cuidado con el fraude de notarios</translation>
    </message>
    <message>
        <source>Say this warmly, not as a scolding. Many families trusted a notario in good faith. Let people know that a lawyer or accredited representative can review what was filed.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[10].notes</extracomment>
        <translation>Dígalo con calidez, no como un regaño. Muchas familias confiaron de buena fe en un notario. Hágales saber que un abogado o un representante acreditado puede revisar lo que se presentó.</translation>
    </message>
    <message>
        <source>In the United States, can a notario público give you legal advice about immigration?</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[10].question.prompt</extracomment>
        <translation>En Estados Unidos, ¿puede un notario público darle asesoría legal sobre inmigración?</translation>
    </message>
    <message>
        <source>Yes, notarios are lawyers</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[10].question.choices[0].text</extracomment>
        <translation>Sí, los notarios son abogados</translation>
    </message>
    <message>
        <source>Right. For legal advice, go to a licensed lawyer or a DOJ-accredited representative.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[10].question.choices[1].explanation</extracomment>
        <translation>Correcto. Para recibir asesoría legal, acuda a un abogado con licencia o a un representante acreditado por el Departamento de Justicia (DOJ).</translation>
    </message>
    <message>
        <source>Yes, if they charge a fee</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[10].question.choices[2].text</extracomment>
        <translation>Sí, si cobran por sus servicios</translation>
    </message>
    <message>
        <source>No. Charging a fee does not make someone a lawyer.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[10].question.choices[2].explanation</extracomment>
        <translation>No. Cobrar dinero no convierte a nadie en abogado.</translation>
    </message>
    <message>
        <source>Check the date</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[11].title</extracomment>
        <translation>Revise la fecha</translation>
    </message>
    <message>
        <source>No. Know-your-rights cards say you have the right to remain silent.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[1].question.choices[1].explanation</extracomment>
        <translation>No. Las tarjetas de &quot;conozca sus derechos&quot; dicen que usted tiene derecho a guardar silencio.</translation>
    </message>
    <message>
        <source>Checking the warrant, and signing papers</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[3].title</extracomment>
        <translation>Revisar la orden y firmar papeles</translation>
    </message>
    <message>
        <source>USCIS explains that in many countries, a *notario* is a kind of lawyer. In the United States, being a notary public (notario público) does **not** make someone a lawyer. According to USCIS, notarios cannot give you legal advice on immigration or represent you. When someone offers that help anyway, it is [notario fraud](term:notario-fraud).

USCIS and the Federal Trade Commission share tips:

- Do not sign blank forms, or forms you do not understand.
- Do not let anyone keep your original documents.
- Get a receipt, and keep copies of everything.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[10].body</extracomment>
        <translation>USCIS explica que, en muchos países, un *notario* es un tipo de abogado. En Estados Unidos, ser notario público (notary public) **no** convierte a nadie en abogado. Según USCIS, los notarios no pueden darle asesoría legal sobre inmigración ni representarle. Si alguien le ofrece esa ayuda de todos modos, es [fraude de notarios](term:notario-fraud).

USCIS y la Comisión Federal de Comercio (FTC) dan estos consejos:

- No firme formularios en blanco ni formularios que no entienda.
- No deje que nadie se quede con sus documentos originales.
- Pida un recibo y guarde copias de todo.</translation>
    </message>
    <message>
        <source>No. In the United States, being a notary public does not make someone a lawyer.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[10].question.choices[0].explanation</extracomment>
        <translation>No. En Estados Unidos, ser notario público no convierte a nadie en abogado.</translation>
    </message>
    <message>
        <source>No. Being a notary does not make someone a lawyer, and notarios cannot give legal advice</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[10].question.choices[1].text</extracomment>
        <translation>No. Ser notario no convierte a nadie en abogado, y los notarios no pueden dar asesoría legal</translation>
    </message>
    <message>
        <source>Laws and court rulings change, sometimes quickly. This app&apos;s sources cover events up to about June 2026. Later court rulings or laws may be missing.

For your own situation, talk to a lawyer or an accredited representative.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[11].body</extracomment>
        <translation>Las leyes y los fallos de los tribunales cambian, a veces rápido. Las fuentes de esta aplicación cubren hechos hasta alrededor de junio de 2026. Puede que falten fallos o leyes posteriores.

Para su situación, hable con un abogado o con un representante acreditado.</translation>
    </message>
    <message>
        <source>Widely published know-your-rights information for the door, the street, work and court; how to find a lawyer or accredited representative; and how to avoid notario fraud.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].summary</extracomment>
        <translation>Información muy difundida sobre sus derechos en la puerta, en la calle, en el trabajo y en los tribunales; cómo encontrar un abogado o un representante acreditado; y cómo evitar el fraude de notarios.</translation>
    </message>
    <message>
        <source>Know-your-rights cards from legal groups say you have the [right to remain silent](term:right-to-remain-silent). The cards include the words: &quot;I choose to exercise my constitutional rights.&quot;

The same groups say silence has limits:

- Do not lie, and do not show false papers. Both can be federal crimes.
- Noncitizens aged 18 or older must carry the proof of registration they were given, such as a green card. A [2025 rule](source:registration-ifr-2025), in force since April 11, 2025, added new kinds of proof.
- In some states, a person whom police lawfully stop must give their name ([Hiibel](source:hiibel-2004), 2004).</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[1].body</extracomment>
        <translation>Las tarjetas de &quot;conozca sus derechos&quot; de organizaciones legales dicen que usted tiene el [derecho a guardar silencio](term:right-to-remain-silent). Las tarjetas incluyen estas palabras: &quot;Elijo ejercer mis derechos constitucionales&quot;.

Los mismos grupos dicen que el silencio tiene límites:

- No mienta ni muestre papeles falsos. Las dos cosas pueden ser delitos federales.
- Las personas no ciudadanas de 18 años o más deben llevar consigo el comprobante de registro que recibieron, como la tarjeta de residente (green card). Una [norma de 2025](source:registration-ifr-2025), vigente desde el 11 de abril de 2025, agregó nuevos tipos de comprobante.
- En algunos estados, una persona a quien la policía detiene legalmente debe dar su nombre ([Hiibel](source:hiibel-2004), 2004).</translation>
    </message>
    <message>
        <source>Practice the words together, in English and Spanish if the room is mixed. Many people fear silence will be seen as guilt; explain that the cards present it as a right. Then go over the limits: staying silent is different from lying, and some papers must be carried.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[1].notes</extracomment>
        <translation>Practiquen juntos las palabras, en inglés y en español si el grupo es mixto. Mucha gente teme que el silencio se vea como culpa; explique que las tarjetas lo presentan como un derecho. Luego repase los límites: guardar silencio no es lo mismo que mentir, y algunos papeles se deben llevar siempre.</translation>
    </message>
    <message>
        <source>Staying silent also means you may show false papers</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[1].question.choices[3].text</extracomment>
        <translation>Guardar silencio también permite mostrar papeles falsos</translation>
    </message>
    <message>
        <source>No. Know-your-rights groups say never to show false papers. Using them can be a federal crime.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[1].question.choices[3].explanation</extracomment>
        <translation>No. Los grupos de &quot;conozca sus derechos&quot; dicen que nunca muestre papeles falsos. Usarlos puede ser un delito federal.</translation>
    </message>
    <message>
        <source>Know-your-rights cards from legal groups say not to open the door to immigration agents unless they have a [judicial warrant](term:judicial-warrant). To check a warrant without opening the door, the groups say you can ask officers to slide it under the door or hold it up to a window.

The ILRC card describes a warrant signed by a judge or magistrate, with the person&apos;s name on it. Forms I-200 and I-205 are different. They are [administrative warrants](term:administrative-warrant), signed by an immigration officer. Longstanding guidance says such a warrant alone does not allow entry into a home without [consent](term:consent). A later step covers a disputed 2025 memo about Form I-205.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[2].body</extracomment>
        <translation>Las tarjetas de &quot;conozca sus derechos&quot; de grupos legales dicen que no abra la puerta a agentes de inmigración, a menos que tengan una [orden judicial](term:judicial-warrant). Para revisar una orden sin abrir la puerta, esos grupos dicen que puede pedir a los agentes que la pasen por debajo de la puerta o que la muestren por una ventana.

La tarjeta del ILRC describe una orden firmada por un juez o un magistrado, en la que figura el nombre de la persona. Los Formularios I-200 e I-205 son distintos. Son [órdenes administrativas](term:administrative-warrant), firmadas por un oficial de inmigración. Desde hace años, las guías dicen que una orden así, por sí sola, no permite entrar a una casa sin [consentimiento](term:consent). Un paso más adelante trata de un memorando de 2025 sobre el Formulario I-205, que está en disputa.</translation>
    </message>
    <message>
        <source>If you can, show what a DHS form looks like next to a court warrant. The signature line is the key. Show how a paper can be passed under a closed door. Remind people that this is general information and that facts can change things.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[2].notes</extracomment>
        <translation>Si puede, muestre un formulario del DHS al lado de una orden de un tribunal. La línea de la firma es la clave. Muestre cómo se puede pasar un papel por debajo de una puerta cerrada. Recuerde a las personas que esta es información general y que los hechos pueden cambiar las cosas.</translation>
    </message>
    <message>
        <source>If officers say they have a warrant, the key question is who signed it: a judge, or an immigration officer.

A judge&apos;s warrant has limits too. In *Payton v. New York* (1980), the Supreme Court said police generally need a judge&apos;s warrant to enter a home to arrest someone. The exceptions are consent and a true emergency, such as chasing a suspect ([exigent circumstances](term:exigent-circumstances)). An arrest warrant covers the home of the person it names. To enter someone else&apos;s home, police generally need a [search warrant](term:search-warrant) ([Steagald](source:steagald-1981), 1981).

Know-your-rights cards from legal groups also say:

- Do not sign anything without talking to a lawyer.
- You can say: &quot;I choose to exercise my constitutional rights.&quot;</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[3].body</extracomment>
        <translation>Si los agentes dicen que tienen una orden, la pregunta clave es quién la firmó: un juez o un oficial de inmigración.

Una orden firmada por un juez también tiene límites. En *Payton v. New York* (1980), la Corte Suprema dijo que, por lo general, la policía necesita una orden firmada por un juez para entrar a una casa a arrestar a alguien. Las excepciones son el consentimiento y una emergencia real, como perseguir a un sospechoso ([circunstancias urgentes](term:exigent-circumstances)). Una orden de arresto cubre la casa de la persona que nombra. Para entrar a la casa de otra persona, la policía por lo general necesita una [orden de registro](term:search-warrant) ([Steagald](source:steagald-1981), 1981).

Las tarjetas de &quot;conozca sus derechos&quot; de grupos legales también dicen:

- No firme nada sin antes hablar con un abogado.
- Puede decir: &quot;Elijo ejercer mis derechos constitucionales&quot;.</translation>
    </message>
    <message>
        <source>These points come from know-your-rights cards, not instructions for a specific case. Stress staying calm; no one should put themselves at risk. In a shared home, point out that an arrest warrant for one person does not by itself let officers search a friend&apos;s or relative&apos;s home.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[3].notes</extracomment>
        <translation>Estos puntos vienen de tarjetas de &quot;conozca sus derechos&quot;; no son instrucciones para un caso específico. Insista en mantener la calma; nadie debe ponerse en riesgo. En una casa compartida, explique que una orden de arresto contra una persona no permite, por sí sola, registrar la casa de un amigo o de un familiar.</translation>
    </message>
    <message>
        <source>In January 2026, news reports described an ICE memo signed in May 2025. It says a Form I-205 alone can support forced entry into the home of a person with a final [removal order](term:removal-order). Officers are told to knock and announce themselves first, and to enter generally only between 6 a.m. and 10 p.m.

DHS defended the memo. Law professors said it conflicts with *Payton v. New York* (1980). That case requires a judge&apos;s warrant to enter a home for an arrest, unless there is consent or a true emergency.

News reports say a federal judge in Minnesota, Jeffrey Bryan, ruled in mid-January 2026 that agents who forced their way into a man&apos;s home with only an I-205 violated the Fourth Amendment. He did not rule on the memo itself. Two groups sued over the memo in Boston on January 30, 2026, and another suit was reported in April 2026. Our sources, which run to about June 2026, show no final ruling on the memo. Check the current status.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[4].body</extracomment>
        <translation>En enero de 2026, las noticias describieron un memorando de ICE firmado en mayo de 2025. Dice que un Formulario I-205 por sí solo puede justificar entrar a la fuerza en la casa de una persona con una [orden final de deportación](term:removal-order). Les indica a los agentes que primero toquen a la puerta y digan quiénes son, y que, por lo general, entren solo entre las 6 a. m. y las 10 p. m.

El DHS defendió el memorando. Unos profesores de derecho dijeron que choca con *Payton v. New York* (1980). Ese caso exige una orden firmada por un juez para entrar a una casa a hacer un arresto, salvo que haya consentimiento o una emergencia real.

Según las noticias, un juez federal de Minnesota, Jeffrey Bryan, decidió a mediados de enero de 2026 que unos agentes que entraron a la fuerza en la casa de un hombre con solo un I-205 violaron la Cuarta Enmienda. El juez no decidió sobre el memorando en sí. Dos grupos demandaron por el memorando en Boston el 30 de enero de 2026, y se informó de otra demanda en abril de 2026. Nuestras fuentes, que llegan hasta alrededor de junio de 2026, no muestran ningún fallo final sobre el memorando. Revise cómo está el caso hoy.</translation>
    </message>
    <message>
        <source>Present this without adding fear. Explain that the law here is being argued about, and that a lawyer can say how it applies to a real case. Before your session, check for newer rulings on the memo and on the 2026 lawsuits.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[4].notes</extracomment>
        <translation>Presente esto sin agregar miedo. Explique que aquí la ley está en discusión, y que un abogado puede decir cómo se aplica a un caso real. Antes de su sesión, busque fallos más recientes sobre el memorando y sobre las demandas de 2026.</translation>
    </message>
    <message>
        <source>If officers come in anyway</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[5].title</extracomment>
        <translation>Si los agentes entran de todos modos</translation>
    </message>
    <message>
        <source>Officers may come in with or without a valid warrant. Know-your-rights groups such as the ILRC and the ACLU say what people can do then:

- Do not resist or block the officers.
- Say clearly that you do not agree to the entry or to any search.
- Stay silent if you choose. Everyone in the home has this right.
- Do not sign anything without talking to a lawyer.
- Later, write down what happened, with any names or badge numbers. Keep any papers officers left.

Whether the entry was lawful is something a lawyer can review later.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[5].body</extracomment>
        <translation>Los agentes pueden entrar con o sin una orden válida. Los grupos de &quot;conozca sus derechos&quot;, como el ILRC y la ACLU, dicen lo que las personas pueden hacer en ese momento:

- No se resista ni les bloquee el paso a los agentes.
- Diga con claridad que no está de acuerdo con la entrada ni con ningún registro.
- Guarde silencio si así lo decide. Todas las personas de la casa tienen este derecho.
- No firme nada sin antes hablar con un abogado.
- Después, escriba lo que pasó, con los nombres o números de placa que haya visto. Guarde los papeles que dejen los agentes.

Más adelante, un abogado puede revisar si la entrada fue legal.</translation>
    </message>
    <message>
        <source>Stress safety. Physical resistance can be dangerous and can itself be a crime. These steps help a later legal review; they do not stop officers at the door.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[5].notes</extracomment>
        <translation>Insista en la seguridad. Resistirse físicamente puede ser peligroso y puede ser un delito en sí mismo. Estos pasos ayudan a una revisión legal posterior; no detienen a los agentes en la puerta.</translation>
    </message>
    <message>
        <source>On the street, in a car and at work</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[6].title</extracomment>
        <translation>En la calle, en el carro y en el trabajo</translation>
    </message>
    <message>
        <source>Know-your-rights guides from the ACLU say:

- Stay calm, do not run, and keep your hands where officers can see them.
- You can ask: &quot;Am I free to leave?&quot; If the answer is yes, you can calmly walk away.
- You do not have to agree to a search of yourself or your things.
- In a traffic stop, the driver shows a license, registration and proof of insurance when asked. Drivers and passengers can both stay silent.

At work, New York&apos;s Attorney General explains that ICE can enter public areas without a warrant. Private, employees-only areas need a judge&apos;s warrant or the employer&apos;s permission. State laws differ.

The limits from the silence step apply everywhere: no lies, no false papers, proof of registration if you were given it, and your name where state law requires it.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[6].body</extracomment>
        <translation>Las guías de &quot;conozca sus derechos&quot; de la ACLU dicen:

- Mantenga la calma, no corra y mantenga las manos a la vista de los agentes.
- Puede preguntar: &quot;¿Me puedo ir?&quot;. Si le dicen que sí, puede irse con calma.
- No tiene que aceptar que lo registren a usted ni sus cosas.
- Si la policía para su carro, quien maneja muestra la licencia, el registro del vehículo y el comprobante de seguro cuando se lo piden. Tanto quien maneja como los pasajeros pueden guardar silencio.

En el trabajo, la Oficina del Fiscal General de Nueva York explica que ICE puede entrar sin orden a las áreas públicas. Para las áreas privadas, solo para empleados, hace falta una orden firmada por un juez o el permiso del empleador. Las leyes estatales son distintas.

Los límites del paso sobre el silencio valen en todas partes: nada de mentiras ni papeles falsos, el comprobante de registro si se lo dieron, y su nombre donde la ley estatal lo exija.</translation>
    </message>
    <message>
        <source>Ask the room where people worry most about meeting officers. Keep to what the guides say, and remind people that rules differ by state.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[6].notes</extracomment>
        <translation>Pregunte al grupo dónde les preocupa más encontrarse con agentes. Limítese a lo que dicen las guías, y recuerde que las reglas cambian de un estado a otro.</translation>
    </message>
    <message>
        <source>Courthouses, schools, churches and hospitals</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[7].title</extracomment>
        <translation>Tribunales, escuelas, iglesias y hospitales</translation>
    </message>
    <message>
        <source>For years, DHS policy limited immigration arrests at places such as schools, hospitals and places of worship. DHS ended that policy on January 20, 2025, and announced it the next day. Groups such as NILC say DHS policy now has no list of protected places.

Some states protect their own courts. New York&apos;s [Protect Our Courts Act](source:ny-poca-2020) bars civil immigration arrests of people on their way to, at, or leaving a New York court case, unless officers have a judge&apos;s warrant or court order. A federal court dismissed the U.S. government&apos;s challenge to it in November 2025. The law covers New York&apos;s own courts, not federal immigration courts.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[7].body</extracomment>
        <translation>Durante años, la política del DHS limitó los arrestos migratorios en lugares como escuelas, hospitales y lugares de culto. El DHS terminó esa política el 20 de enero de 2025 y lo anunció al día siguiente. Grupos como el NILC dicen que la política del DHS ya no tiene una lista de lugares protegidos.

Algunos estados protegen sus propios tribunales. La [Ley para Proteger Nuestros Tribunales](source:ny-poca-2020) de Nueva York prohíbe los arrestos migratorios civiles de personas que van a un caso en un tribunal de Nueva York, que están en él o que salen de él, salvo que los agentes tengan una orden o resolución de un juez. Un tribunal federal desestimó en noviembre de 2025 la demanda del gobierno de Estados Unidos contra esa ley. La ley cubre los tribunales propios de Nueva York, no los tribunales de inmigración, que son federales.</translation>
    </message>
    <message>
        <source>If your audience is outside New York, check before the session whether your state has a similar law.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[7].notes</extracomment>
        <translation>Si su público vive fuera de Nueva York, averigüe antes de la sesión si su estado tiene una ley parecida.</translation>
    </message>
    <message>
        <source>Papers and family plans</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[8].title</extracomment>
        <translation>Papeles y planes para la familia</translation>
    </message>
    <message>
        <source>Know-your-rights groups such as the ILRC and the ACLU help families plan ahead. Their guides suggest:

- keeping important papers in a safe place, with copies for someone you trust;
- knowing the phone numbers of family members and a lawyer by heart, or on paper;
- sharing your A-number, if you have one, so family can find you if you are detained;
- choosing a trusted adult who could care for your children. State laws offer forms for this, such as caregiver forms or standby guardianship.

Since January 21, 2025, DHS can use [expedited removal](term:expedited-removal), a fast deportation without an immigration judge, anywhere in the country ([DHS notice](source:er-designation-2025)). It applies to some people who were never admitted or paroled and cannot show two years in the country. So immigration lawyers&apos; guides suggest keeping dated proof of two years here, such as leases, pay stubs and school records. Court cases about the change went on in 2026. Check the current status.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[8].body</extracomment>
        <translation>Los grupos de &quot;conozca sus derechos&quot;, como el ILRC y la ACLU, ayudan a las familias a prepararse. Sus guías sugieren:

- guardar los papeles importantes en un lugar seguro, con copias para alguien de confianza;
- saber de memoria, o tener anotados, los teléfonos de sus familiares y de un abogado;
- compartir su número A (A-number), si lo tiene, para que su familia pueda encontrarle si lo detienen;
- elegir a un adulto de confianza que pueda cuidar a sus hijos. Las leyes estatales ofrecen formularios para esto, como formularios de cuidador o la tutela en espera (standby guardianship).

Desde el 21 de enero de 2025, el DHS puede usar en todo el país la [deportación acelerada (expedited removal)](term:expedited-removal), una deportación rápida sin juez de inmigración ([aviso del DHS](source:er-designation-2025)). Se aplica a algunas personas que nunca fueron admitidas ni recibieron un permiso de permanencia (parole) y que no pueden demostrar dos años en el país. Por eso, guías de abogados de inmigración sugieren guardar pruebas con fecha de esos dos años, como contratos de alquiler, talones de pago y registros escolares. Los casos en los tribunales sobre el cambio siguieron en 2026. Revise cómo está el tema hoy.</translation>
    </message>
    <message>
        <source>Do not promise that a plan prevents an arrest. For caregiver papers, point people to a lawyer or accredited representative, since the forms depend on state law.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[8].notes</extracomment>
        <translation>No prometa que un plan evita un arresto. Para los papeles del cuidador, remita a las personas a un abogado o a un representante acreditado, porque los formularios dependen de la ley de cada estado.</translation>
    </message>
    <message>
        <source>For advice on your case, talk to a licensed lawyer or a [DOJ-accredited representative](term:accredited-representative). The Justice Department explains that accredited representatives are not lawyers. It approves them, and they work for a nonprofit [recognized organization](term:recognized-organization).

Places to look:

- [EOIR](term:eoir) lists of recognized organizations and accredited representatives;
- EOIR&apos;s list of providers that may offer free (pro bono) legal services;
- your state bar, which may run a lawyer referral service;
- nonprofit legal aid groups.

The [Find legal help](page:help) page lists these places, with links to their own websites.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[9].body</extracomment>
        <translation>Para recibir asesoría sobre su caso, hable con un abogado con licencia o con un [representante acreditado por el Departamento de Justicia (DOJ)](term:accredited-representative). El Departamento de Justicia explica que los representantes acreditados no son abogados. El Departamento los aprueba, y trabajan para una [organización reconocida](term:recognized-organization) sin fines de lucro.

Dónde buscar:

- las listas de [EOIR](term:eoir) (Oficina Ejecutiva de Revisión de Casos de Inmigración) de organizaciones reconocidas y representantes acreditados;
- la lista de EOIR de proveedores que tal vez ofrezcan servicios legales gratuitos (pro bono);
- el colegio de abogados de su estado, que tal vez tenga un servicio de referencia de abogados;
- grupos de ayuda legal sin fines de lucro.

La página [Buscar ayuda legal](page:help) incluye estos lugares, con enlaces a sus propios sitios web.</translation>
    </message>
    <message>
        <source>Open the Find legal help page in the app. Explain what each place offers. Do not recommend a particular lawyer or group from the front of the room.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[9].notes</extracomment>
        <translation>Abra la página Buscar ayuda legal en la aplicación. Explique lo que ofrece cada lugar. No recomiende a un abogado ni a un grupo en particular desde el frente del salón.</translation>
    </message>
    <message>
        <source>End by saying that this app&apos;s sources run to about June 2026, so newer changes may be missing. Thank the room, and leave the Find legal help page up while people ask questions.</source>
        <extracomment>walkthroughs/know-your-rights-and-help.json $.walkthroughs[0].steps[11].notes</extracomment>
        <translation>Termine diciendo que las fuentes de esta aplicación llegan hasta alrededor de junio de 2026, así que pueden faltar cambios más recientes. Agradezca al grupo y deje abierta la página Buscar ayuda legal mientras la gente hace preguntas.</translation>
    </message>
</context>
<context>
    <name>content/walkthrough/someone-i-know-was-detained</name>
    <message>
        <source>Someone I know was detained</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].title</extracomment>
        <translation>Detuvieron a alguien que conozco</translation>
    </message>
    <message>
        <source>What family and friends often need to know after someone is held in a jail or by ICE: how to find the person, which numbers and papers matter, the court case, who can help, bond, transfers, the consulate, and the family at home.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].summary</extracomment>
        <translation>Lo que la familia y los amigos suelen necesitar saber cuando una persona está detenida en una cárcel o por ICE: cómo encontrarla, qué números y papeles importan, el caso en el tribunal, quién puede ayudar, la fianza, los traslados, el consulado y la familia en casa.</translation>
    </message>
    <message>
        <source>Start here: information, not advice</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[0].title</extracomment>
        <translation>Para empezar: información, no asesoría legal</translation>
    </message>
    <message>
        <source>Some people in the room may be living this right now. Speak calmly. Say early on that help exists and that the last step shows where to find it. Do not promise any outcome.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[0].notes</extracomment>
        <translation>Puede que algunas personas del grupo estén viviendo esto ahora mismo. Hable con calma. Diga desde el principio que hay ayuda y que el último paso muestra dónde encontrarla. No prometa ningún resultado.</translation>
    </message>
    <message>
        <source>Who is holding the person: a jail or ICE?</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[1].title</extracomment>
        <translation>¿Quién tiene a la persona: una cárcel o ICE?</translation>
    </message>
    <message>
        <source>After an arrest, a person is usually held in one of two ways.

- **By a local jail.** Police or a sheriff may hold the person on a criminal charge. ICE may send the jail a [detainer](term:detainer) on [Form I-247A](term:form-i-247a). It asks the jail to tell ICE before the person is released, and to hold them up to 48 hours past the time they would go free. Federal rules call a detainer a request.
- **By ICE.** ICE may hold the person in a detention center, or in a local jail that holds people for ICE.

Who holds the person changes where to look for them. The next step explains why.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[1].body</extracomment>
        <translation>Después de un arresto, a una persona la suelen tener detenida de una de dos maneras.

- **En una cárcel local.** La policía o el alguacil (sheriff) pueden tenerla presa por un cargo penal. ICE puede enviar a la cárcel una [orden de retención migratoria](term:detainer) (un pedido de ICE, no una orden de un juez) en el [Formulario I-247A](term:form-i-247a). Le pide a la cárcel que avise a ICE antes de soltar a la persona y que la retenga hasta 48 horas después de la hora en que saldría libre. Las normas federales la llaman *solicitud*.
- **Bajo ICE.** ICE puede tener a la persona en un centro de detención, o en una cárcel local que guarda personas para ICE.

Quién tiene a la persona cambia el lugar donde buscarla. El próximo paso explica por qué.</translation>
    </message>
    <message>
        <source>Draw two boxes on the board: the local jail and ICE. Explain that a detainer is a request from ICE to the jail, not an order from a judge. State law or local policy may limit or forbid these holds. The flow &quot;A jail receives an ICE detainer&quot; covers that.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[1].notes</extracomment>
        <translation>Dibuje dos cuadros en la pizarra: la cárcel local e ICE. Explique que la orden de retención es un pedido de ICE a la cárcel, no una orden de un juez. La ley estatal o la política local pueden limitar o prohibir estas retenciones. El diagrama de decisión &quot;Una cárcel recibe una orden de retención migratoria de ICE&quot; trata ese tema.</translation>
    </message>
    <message>
        <source>What does an ICE detainer on Form I-247A ask a jail to do?</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[1].question.prompt</extracomment>
        <translation>¿Qué le pide a una cárcel una orden de retención de ICE en el Formulario I-247A?</translation>
    </message>
    <message>
        <source>Tell ICE before release, and hold the person up to 48 hours past their release time</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[1].question.choices[0].text</extracomment>
        <translation>Avisar a ICE antes de soltar a la persona, y retenerla hasta 48 horas después de la hora en que saldría libre</translation>
    </message>
    <message>
        <source>Right. That is what ICE&apos;s detainer form asks. Federal rules call it a request.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[1].question.choices[0].explanation</extracomment>
        <translation>Correcto. Eso es lo que pide el formulario de retención de ICE. Las normas federales lo llaman solicitud.</translation>
    </message>
    <message>
        <source>Keep the person in jail until the immigration case ends</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[1].question.choices[1].text</extracomment>
        <translation>Tener a la persona presa hasta que termine el caso de inmigración</translation>
    </message>
    <message>
        <source>No. The form asks for a short hold, no more than 48 hours past the time the person would go free.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[1].question.choices[1].explanation</extracomment>
        <translation>No. El formulario pide una retención corta: no más de 48 horas después de la hora en que la persona saldría libre.</translation>
    </message>
    <message>
        <source>Let the person go right away</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[1].question.choices[2].text</extracomment>
        <translation>Soltar a la persona de inmediato</translation>
    </message>
    <message>
        <source>No. The form asks the jail to tell ICE first and to hold the person for a short time.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[1].question.choices[2].explanation</extracomment>
        <translation>No. El formulario de retención le pide a la cárcel que primero avise a ICE y que retenga a la persona por poco tiempo.</translation>
    </message>
    <message>
        <source>Finding the person</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[2].title</extracomment>
        <translation>Cómo encontrar a la persona</translation>
    </message>
    <message>
        <source>ICE runs a free website, the [Online Detainee Locator System](source:ice-detainee-locator). It shows where an adult in ICE custody is held, and gives the phone number of the place. ICE says there are two ways to search:

- the person&apos;s [A-number](term:a-number) and country of birth; or
- the person&apos;s full name and country of birth, with the date of birth.

The name must match ICE&apos;s records exactly. Guides to the tool say it does not list children under 18.

A person held only by a local jail is not in ICE&apos;s locator, even when ICE sent a detainer. They show up there only after ICE takes [custody](term:custody). Until then, the jail keeps the record. Many jails and sheriffs have their own inmate search or a phone line.

ICE&apos;s privacy policy for the locator says ICE does not use what people type to find out who is searching, or to enforce immigration law.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[2].body</extracomment>
        <translation>ICE tiene un sitio web gratuito, el [Sistema de Localización de Detenidos en Línea](source:ice-detainee-locator) (Online Detainee Locator System). Muestra dónde está un adulto bajo custodia de ICE y da el número de teléfono del lugar. ICE dice que hay dos maneras de buscar:

- con el [número A](term:a-number) de la persona y su país de nacimiento; o
- con el nombre completo de la persona y su país de nacimiento, junto con su fecha de nacimiento.

El nombre tiene que ser igual al que está en los registros de ICE. Las guías sobre esta herramienta dicen que no muestra a menores de 18 años.

Una persona que está solo en una cárcel local no aparece en el localizador de ICE, aunque ICE haya enviado una orden de retención. Aparece allí solo cuando ICE toma su [custodia](term:custody). Hasta entonces, la cárcel tiene el registro. Muchas cárceles y oficinas del alguacil tienen su propio buscador de presos o una línea de teléfono.

La política de privacidad del localizador dice que ICE no usa lo que la gente escribe para saber quién busca ni para hacer cumplir las leyes de inmigración.</translation>
    </message>
    <message>
        <source>If you can, show the locator&apos;s search page, or a picture of it. Point out that the name must match exactly, so a different spelling, or both last names, can change the result. Many families fear that a search puts them at risk. Read out what ICE&apos;s privacy policy says, and let each person decide.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[2].notes</extracomment>
        <translation>Si puede, muestre la página de búsqueda del localizador, o una imagen de ella. Explique que el nombre tiene que ser exacto, así que otra forma de escribirlo, o los dos apellidos, pueden cambiar el resultado. Muchas familias temen que buscar las ponga en riesgo. Lea lo que dice la política de privacidad de ICE y deje que cada persona decida.</translation>
    </message>
    <message>
        <source>Your aunt is in the county jail on a criminal charge, and ICE sent a detainer. Will the ICE locator show her?</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[2].question.prompt</extracomment>
        <translation>Su tía está en la cárcel del condado por un cargo penal, e ICE envió una orden de retención. ¿Aparecerá ella en el localizador de ICE?</translation>
    </message>
    <message>
        <source>Not yet. She shows up only after ICE takes custody</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[2].question.choices[0].text</extracomment>
        <translation>Todavía no. Aparece solo cuando ICE toma su custodia</translation>
    </message>
    <message>
        <source>Right. Until ICE takes custody, the jail holds her, and the jail keeps the record.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[2].question.choices[0].explanation</extracomment>
        <translation>Correcto. Hasta que ICE tome su custodia, la tiene la cárcel, y la cárcel tiene el registro.</translation>
    </message>
    <message>
        <source>Yes. Everyone with a detainer is listed</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[2].question.choices[1].text</extracomment>
        <translation>Sí. Aparecen todas las personas con una orden de retención</translation>
    </message>
    <message>
        <source>No. The locator lists people in ICE custody. A detainer alone does not put someone there.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[2].question.choices[1].explanation</extracomment>
        <translation>No. El localizador muestra a las personas bajo custodia de ICE. Una orden de retención por sí sola no las pone ahí.</translation>
    </message>
    <message>
        <source>Only if you know her A-number</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[2].question.choices[2].text</extracomment>
        <translation>Solo si usted sabe su número A</translation>
    </message>
    <message>
        <source>No. The A-number helps with a search, but the locator lists only people in ICE custody.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[2].question.choices[2].explanation</extracomment>
        <translation>No. El número A ayuda a buscar, pero el localizador muestra solo a las personas bajo custodia de ICE.</translation>
    </message>
    <message>
        <source>The A-number and the detainer papers</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[3].title</extracomment>
        <translation>El número A y los papeles de la orden de retención</translation>
    </message>
    <message>
        <source>The [A-number](term:a-number) is the number DHS uses for a person&apos;s immigration file. It has nine digits, often written with an A in front, such as A 123 456 789. Some older numbers have eight digits. For EOIR&apos;s phone line, its [practice manual](source:eoir-icpm-1-6) says to put a 0 in front of those.

[EOIR](term:eoir), which runs the immigration courts, says the A-number is printed on [all papers from DHS and the court](source:eoir-case-status-line). It is also on many immigration cards, such as a work permit. ICE&apos;s locator and the court&apos;s case tools both use it.

The detainer is a paper too. ICE&apos;s [guidance on Form I-247A](source:ice-i247a-guidance-2017) says a copy must be served on the person for the detainer to take effect. So the person held is meant to get a copy. A lawyer can read it to see which reasons ICE marked.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[3].body</extracomment>
        <translation>El [número A](term:a-number) es el número que usa el DHS para el expediente de inmigración de una persona. Tiene nueve dígitos y a menudo se escribe con una A delante, por ejemplo A 123 456 789. Algunos números viejos tienen ocho dígitos. Para la línea telefónica de la EOIR, su [manual de práctica](source:eoir-icpm-1-6) dice que se les ponga un 0 delante.

La [EOIR](term:eoir), que dirige los tribunales de inmigración, dice que el número A aparece en [todos los papeles del DHS y del tribunal](source:eoir-case-status-line). También aparece en muchas tarjetas de inmigración, como el permiso de trabajo. El localizador de ICE y las herramientas del tribunal lo usan.

La orden de retención también es un papel. La [guía de ICE sobre el Formulario I-247A](source:ice-i247a-guidance-2017) dice que hay que entregarle una copia a la persona para que la orden de retención tenga efecto. Así que la persona detenida debe recibir una copia. Un abogado puede leerla para ver qué razones marcó ICE.</translation>
    </message>
    <message>
        <source>Ask people to think of a paper they may have at home, such as a work permit or a letter from the court, and where the A-number is on it. Never ask anyone to say their number out loud. Explain that a copy of the detainer helps a lawyer see what ICE claimed.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[3].notes</extracomment>
        <translation>Pida a las personas que piensen en un papel que quizás tengan en casa, como un permiso de trabajo o una carta del tribunal, y en dónde aparece el número A. Nunca pida que alguien diga su número en voz alta. Explique que una copia de la orden de retención ayuda a un abogado a ver lo que ICE afirmó.</translation>
    </message>
    <message>
        <source>Where does EOIR say the A-number is printed?</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[3].question.prompt</extracomment>
        <translation>¿Dónde dice la EOIR que aparece el número A?</translation>
    </message>
    <message>
        <source>On papers from DHS and the immigration court</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[3].question.choices[0].text</extracomment>
        <translation>En los papeles del DHS y del tribunal de inmigración</translation>
    </message>
    <message>
        <source>Right. EOIR says the A-number is on all papers from DHS and the court.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[3].question.choices[0].explanation</extracomment>
        <translation>Correcto. La EOIR dice que el número A aparece en todos los papeles del DHS y del tribunal.</translation>
    </message>
    <message>
        <source>Only on a passport</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[3].question.choices[1].text</extracomment>
        <translation>Solo en el pasaporte</translation>
    </message>
    <message>
        <source>No. A passport comes from the person&apos;s own country. The A-number comes from DHS.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[3].question.choices[1].explanation</extracomment>
        <translation>No. El pasaporte lo da el país de la persona. El número A lo da el DHS.</translation>
    </message>
    <message>
        <source>On a Social Security card</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[3].question.choices[2].text</extracomment>
        <translation>En la tarjeta del Seguro Social</translation>
    </message>
    <message>
        <source>No. The A-number is a DHS number. It is on DHS and court papers.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[3].question.choices[2].explanation</extracomment>
        <translation>No. El número A es un número del DHS. Aparece en los papeles del DHS y del tribunal.</translation>
    </message>
    <message>
        <source>Checking the immigration court case</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[4].title</extracomment>
        <translation>Cómo revisar el caso en el tribunal de inmigración</translation>
    </message>
    <message>
        <source>EOIR offers free case information in English and Spanish. Both of its tools need the A-number.

- [Automated Case Information](source:eoir-case-status) is a website. It shows the next hearing, decisions, and how to reach the court.
- The [case information phone line](source:eoir-case-status-line), 1-800-898-7180, is free and open 24 hours a day, EOIR says. It gives the date, time and place of the next hearing, and the judge&apos;s decision.

EOIR&apos;s [practice manual](source:eoir-icpm-1-6) says the phone line has no information about bond hearings or motions.

If nothing comes up, there may still be a case. It may not be filed yet. Or the person may not have an immigration court case at all. A lawyer or accredited representative can check.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[4].body</extracomment>
        <translation>La EOIR ofrece información gratuita sobre los casos, en inglés y en español. Sus dos herramientas piden el número A.

- [Información Automatizada de Casos](source:eoir-case-status) (Automated Case Information) es un sitio web. Muestra la próxima audiencia, las decisiones y cómo comunicarse con el tribunal.
- La [línea telefónica de información de casos](source:eoir-case-status-line), 1-800-898-7180, es gratuita y funciona las 24 horas del día, según la EOIR. Da la fecha, la hora y el lugar de la próxima audiencia, y la decisión del juez.

El [manual de práctica](source:eoir-icpm-1-6) de la EOIR dice que la línea telefónica no tiene información sobre las audiencias de fianza ni sobre las mociones.

Si no aparece nada, puede que igual haya un caso. Tal vez todavía no se ha presentado. O tal vez la persona no tiene ningún caso en el tribunal de inmigración. Un abogado o un representante acreditado puede revisarlo.</translation>
    </message>
    <message>
        <source>If you show the website, use a made-up A-number, never a real one from the room. Say that hearing dates can change, so the tools can be checked again later. The number 1-800-898-7180 comes from EOIR&apos;s own page; check it before you print it on a handout.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[4].notes</extracomment>
        <translation>Si muestra el sitio web, use un número A inventado, nunca uno real de alguien del grupo. Diga que las fechas de las audiencias pueden cambiar, así que se pueden volver a revisar más tarde. El número 1-800-898-7180 viene de la página de la propia EOIR; revíselo antes de imprimirlo en un folleto.</translation>
    </message>
    <message>
        <source>Two cases, two kinds of lawyers</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[5].title</extracomment>
        <translation>Dos casos, dos tipos de abogados</translation>
    </message>
    <message>
        <source>A person may face a criminal case and an immigration case at the same time. They are separate cases.

**In the criminal case,** the person may have a defense lawyer, such as a public defender. In [Padilla v. Kentucky](source:padilla-2010) (2010), the Supreme Court said a criminal defense lawyer must tell a noncitizen client whether a guilty plea carries a risk of deportation.

**In immigration court,** the government does not pay for a lawyer. A federal law, [8 U.S.C. §1362](source:usc-8-1362), says a person may have a lawyer, but at no cost to the government. People hire a lawyer, look for free help from a nonprofit, or go without one.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[5].body</extracomment>
        <translation>Una persona puede tener un caso penal y un caso de inmigración al mismo tiempo. Son casos separados.

**En el caso penal,** la persona puede tener un abogado defensor, como un defensor público. En [Padilla v. Kentucky](source:padilla-2010) (2010), la Corte Suprema dijo que el abogado defensor penal debe decirle a un cliente que no es ciudadano si declararse culpable trae un riesgo de deportación.

**En el tribunal de inmigración,** el gobierno no paga un abogado. Una ley federal, [8 U.S.C. §1362](source:usc-8-1362), dice que la persona puede tener un abogado, pero sin costo para el gobierno. La gente contrata a un abogado, busca ayuda gratuita de un grupo sin fines de lucro, o va sin abogado.</translation>
    </message>
    <message>
        <source>Make the difference clear. The public defender in the criminal case usually does not handle the immigration case. Padilla means the defense lawyer must speak about deportation risk before a plea. Do not tell anyone whether to take a plea deal.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[5].notes</extracomment>
        <translation>Deje clara la diferencia. El defensor público del caso penal por lo general no lleva el caso de inmigración. Padilla quiere decir que el abogado defensor debe hablar del riesgo de deportación antes de un acuerdo de culpabilidad. No le diga a nadie si debe aceptar un acuerdo.</translation>
    </message>
    <message>
        <source>In immigration court, who pays for a lawyer?</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[5].question.prompt</extracomment>
        <translation>En el tribunal de inmigración, ¿quién paga al abogado?</translation>
    </message>
    <message>
        <source>The government pays for a lawyer for everyone</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[5].question.choices[0].text</extracomment>
        <translation>El gobierno paga un abogado para todos</translation>
    </message>
    <message>
        <source>No. Federal law says a person may have a lawyer, but at no cost to the government.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[5].question.choices[0].explanation</extracomment>
        <translation>No. La ley federal dice que la persona puede tener un abogado, pero sin costo para el gobierno.</translation>
    </message>
    <message>
        <source>The person hires one, or finds free help from a nonprofit</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[5].question.choices[1].text</extracomment>
        <translation>La persona contrata uno, o busca ayuda gratuita de un grupo sin fines de lucro</translation>
    </message>
    <message>
        <source>Right. There is no lawyer paid by the government in immigration court.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[5].question.choices[1].explanation</extracomment>
        <translation>Correcto. En el tribunal de inmigración no hay un abogado pagado por el gobierno.</translation>
    </message>
    <message>
        <source>The ICE officer picks one</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[5].question.choices[2].text</extracomment>
        <translation>El oficial de ICE elige uno</translation>
    </message>
    <message>
        <source>No. ICE is the other side in the case. It does not pick a lawyer for the person.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[5].question.choices[2].explanation</extracomment>
        <translation>No. ICE es la otra parte en el caso. No elige un abogado para la persona.</translation>
    </message>
    <message>
        <source>Who can speak for the person in immigration court</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[6].title</extracomment>
        <translation>Quién puede hablar por la persona en el tribunal de inmigración</translation>
    </message>
    <message>
        <source>A licensed lawyer can speak for a person in immigration court. So can a [DOJ-accredited representative](term:accredited-representative), but only one with *full* accreditation.

EOIR explains that accredited representatives are not lawyers. They work for a nonprofit [recognized organization](term:recognized-organization). There are two kinds:

- **Fully accredited** representatives may appear in immigration court, at the Board of Immigration Appeals, and before DHS.
- **Partially accredited** representatives may help only before DHS, for example with USCIS forms. They cannot go to court for the person.

The rule is in [8 C.F.R. §1292.12](source:cfr-1292-12). [EOIR&apos;s practice manual](source:eoir-bia-pm-2-4) explains it. USCIS says a notario público is not a lawyer and cannot speak for anyone in a case. Offering that help is [notario fraud](term:notario-fraud).</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[6].body</extracomment>
        <translation>Un abogado con licencia puede hablar por una persona en el tribunal de inmigración. También puede hacerlo un [representante acreditado por el Departamento de Justicia (DOJ)](term:accredited-representative), pero solo si tiene acreditación *completa*.

La EOIR explica que los representantes acreditados no son abogados. Trabajan para una [organización reconocida](term:recognized-organization) sin fines de lucro. Hay dos tipos:

- Los que tienen acreditación **completa** pueden ir al tribunal de inmigración, a la Junta de Apelaciones de Inmigración y ante el DHS.
- Los que tienen acreditación **parcial** pueden ayudar solo ante el DHS, por ejemplo con formularios de USCIS. No pueden ir al tribunal por la persona.

La regla está en [8 C.F.R. §1292.12](source:cfr-1292-12). El [manual de práctica de la EOIR](source:eoir-bia-pm-2-4) la explica. USCIS dice que un notario público no es abogado y no puede hablar por nadie en un caso. Ofrecer esa ayuda es [fraude de notarios](term:notario-fraud).</translation>
    </message>
    <message>
        <source>EOIR&apos;s list of accredited representatives has shown whether each one has full or partial accreditation. Show it if you can, and check it again before the session. Some families lost money to a notario. Say this kindly, not as a scolding.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[6].notes</extracomment>
        <translation>La lista de representantes acreditados de la EOIR ha indicado si cada uno tiene acreditación completa o parcial. Muéstrela si puede, y vuelva a revisarla antes de la sesión. Algunas familias perdieron dinero con un notario. Dígalo con amabilidad, no como un regaño.</translation>
    </message>
    <message>
        <source>A partially accredited representative offers to speak for your brother at his immigration court hearing. What do EOIR&apos;s rules say?</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[6].question.prompt</extracomment>
        <translation>Un representante acreditado solo de manera parcial ofrece hablar por su hermano en la audiencia del tribunal de inmigración. ¿Qué dicen las reglas de la EOIR?</translation>
    </message>
    <message>
        <source>Partial accreditation covers work before DHS only, not immigration court</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[6].question.choices[0].text</extracomment>
        <translation>La acreditación parcial cubre solo trámites ante el DHS, no el tribunal de inmigración</translation>
    </message>
    <message>
        <source>Right. Only fully accredited representatives may appear before the immigration courts.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[6].question.choices[0].explanation</extracomment>
        <translation>Correcto. Solo los representantes acreditados de manera completa pueden presentarse ante los tribunales de inmigración.</translation>
    </message>
    <message>
        <source>Any accredited representative may appear in immigration court</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[6].question.choices[1].text</extracomment>
        <translation>Cualquier representante acreditado puede presentarse en el tribunal de inmigración</translation>
    </message>
    <message>
        <source>No. Partial accreditation covers work before DHS only.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[6].question.choices[1].explanation</extracomment>
        <translation>No. La acreditación parcial cubre solo trámites ante el DHS.</translation>
    </message>
    <message>
        <source>Anyone who works for a nonprofit may appear</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[6].question.choices[2].text</extracomment>
        <translation>Cualquier persona que trabaje para un grupo sin fines de lucro puede presentarse</translation>
    </message>
    <message>
        <source>No. The person must be accredited by the Justice Department, and for court it must be full accreditation.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[6].question.choices[2].explanation</extracomment>
        <translation>No. La persona tiene que estar acreditada por el Departamento de Justicia, y para el tribunal tiene que ser una acreditación completa.</translation>
    </message>
    <message>
        <source>Can the person ask for a bond hearing?</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[7].title</extracomment>
        <translation>¿Puede la persona pedir una audiencia de fianza?</translation>
    </message>
    <message>
        <source>Many people held by ICE can ask an immigration judge to review their custody and set a bond. This is a [bond hearing](term:bond-hearing). The rules are in [8 U.S.C. §1226](source:usc-8-1226) and [8 C.F.R. §1236.1](source:cfr-236-1).

Not everyone can. Federal law says some people must be held without bond. This is [mandatory detention](term:mandatory-detention). In January 2025 the Laken Riley Act added some people who are only arrested for or charged with theft-type crimes.

Since 2025 there has also been a legal fight over people who entered without being inspected. In [Matter of Yajure Hurtado](source:yajure-hurtado-2025) (2025), the immigration appeals board said they get no bond hearing. Law firms report that a federal court in California ruled the other way for a nationwide group in late 2025 ([Maldonado Bautista](source:maldonado-bautista-2025)). They also report that on February 6, 2026, a federal appeals court covering Texas, Louisiana and Mississippi sided with the government ([Buenrostro-Mendez](source:buenrostro-mendez-2026)).

Check the current status of these cases, because they may have changed. The flow [Can they get a bond hearing?](page:flow/can-they-get-a-bond-hearing) goes through the main questions. A lawyer or accredited representative can say what applies.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[7].body</extracomment>
        <translation>Muchas personas detenidas por ICE pueden pedirle a un juez de inmigración que revise su custodia y fije una fianza. Esto es una [audiencia de fianza](term:bond-hearing). Las reglas están en [8 U.S.C. §1226](source:usc-8-1226) y [8 C.F.R. §1236.1](source:cfr-236-1).

No todos pueden. La ley federal dice que a algunas personas hay que tenerlas detenidas sin fianza. Esto es la [detención obligatoria](term:mandatory-detention). En enero de 2025, la Ley Laken Riley (Laken Riley Act) agregó a algunas personas que solo fueron arrestadas o acusadas por delitos como el robo.

Desde 2025 también hay una disputa legal sobre las personas que entraron sin pasar por una inspección. En [Matter of Yajure Hurtado](source:yajure-hurtado-2025) (2025), la junta de apelaciones de inmigración dijo que no tienen derecho a una audiencia de fianza. Bufetes de abogados informan que un tribunal federal de California decidió lo contrario para un grupo de todo el país a fines de 2025 ([Maldonado Bautista](source:maldonado-bautista-2025)). También informan que el 6 de febrero de 2026, un tribunal federal de apelaciones para Texas, Luisiana y Misisipi le dio la razón al gobierno ([Buenrostro-Mendez](source:buenrostro-mendez-2026)).

Revise en qué están hoy estos casos, porque pueden haber cambiado. El diagrama de decisión [¿Puede tener una audiencia de fianza?](page:flow/can-they-get-a-bond-hearing) repasa las preguntas principales. Un abogado o un representante acreditado puede decir qué se aplica.</translation>
    </message>
    <message>
        <source>This area changed fast in 2025 and 2026, and courts disagree. Check the news before your session. Do not tell anyone whether they qualify for bond. Point people to a lawyer or accredited representative.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[7].notes</extracomment>
        <translation>Este tema cambió rápido en 2025 y 2026, y los tribunales no están de acuerdo. Revise las noticias antes de su sesión. No le diga a nadie si puede recibir fianza. Indique a las personas que hablen con un abogado o un representante acreditado.</translation>
    </message>
    <message>
        <source>Transfers far away, and the consulate</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[8].title</extracomment>
        <translation>Traslados lejos de casa, y el consulado</translation>
    </message>
    <message>
        <source>ICE can move people to detention centers far from home, even in another state. In 2009, [DHS&apos;s own Inspector General](source:dhs-oig-10-13) found that ICE did not decide transfers in a consistent way. This led to errors, delays and confusion for detainees, families and lawyers. After a move, the [locator](source:ice-detainee-locator) shows the new place once ICE updates it.

A move can also change which court&apos;s rulings apply. In February 2026, a [news report](source:star-tribune-transfers-2026) said many people arrested in Minnesota were moved to Texas. There, the February 6, 2026 appeals court ruling meant they were not being let out on bond.

A treaty also matters for people who are not U.S. citizens: the [Vienna Convention on Consular Relations](source:vccr-art-36). When a foreign national is arrested or detained, officials must tell them without delay that their country&apos;s consulate can be told. This is [consular notification](term:consular-notification). For some countries, the [State Department](source:state-consular-notification) says officials must tell the consulate even if the person does not ask. It says consular officials may visit, contact the family and help arrange a lawyer.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[8].body</extracomment>
        <translation>ICE puede llevar a las personas a centros de detención lejos de su casa, incluso en otro estado. En 2009, el [propio Inspector General del DHS](source:dhs-oig-10-13) vio que ICE no decidía los traslados siempre de la misma manera. Eso causó errores, demoras y confusión para los detenidos, sus familias y sus abogados. Después de un traslado, el [localizador](source:ice-detainee-locator) muestra el nuevo lugar cuando ICE lo pone al día.

Un traslado también puede cambiar qué fallos de los tribunales se aplican. En febrero de 2026, una [noticia](source:star-tribune-transfers-2026) dijo que a muchas personas arrestadas en Minnesota las llevaron a Texas. Allí, por el fallo del tribunal de apelaciones del 6 de febrero de 2026, no las dejaban salir con fianza.

Un tratado también importa para quienes no son ciudadanos de Estados Unidos: la [Convención de Viena sobre Relaciones Consulares](source:vccr-art-36). Cuando arrestan o detienen a un extranjero, los funcionarios deben decirle sin demora que se puede avisar al consulado de su país. Esto es la [notificación consular](term:consular-notification). Para algunos países, el [Departamento de Estado](source:state-consular-notification) dice que hay que avisar al consulado aunque la persona no lo pida. También dice que los funcionarios del consulado pueden visitarla, hablar con la familia y ayudar a conseguir un abogado.</translation>
    </message>
    <message>
        <source>Some people fear their own government, for example people seeking asylum. For most countries, whether the consulate is told is the person&apos;s choice. For some countries, notice is required. A lawyer can help think this through. Do not push anyone either way.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[8].notes</extracomment>
        <translation>Algunas personas le temen a su propio gobierno, por ejemplo las que piden asilo. Para la mayoría de los países, la persona decide si se avisa al consulado. Para algunos países, el aviso es obligatorio. Un abogado puede ayudar a pensarlo. No presione a nadie.</translation>
    </message>
    <message>
        <source>Under the Vienna Convention, what must officials tell a foreign national who is arrested?</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[8].question.prompt</extracomment>
        <translation>Según la Convención de Viena, ¿qué deben decirle los funcionarios a un extranjero que arrestan?</translation>
    </message>
    <message>
        <source>That their country&apos;s consulate can be told</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[8].question.choices[0].text</extracomment>
        <translation>Que se puede avisar al consulado de su país</translation>
    </message>
    <message>
        <source>Right. Officials must tell the person this without delay.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[8].question.choices[0].explanation</extracomment>
        <translation>Correcto. Los funcionarios deben decírselo sin demora.</translation>
    </message>
    <message>
        <source>That they must call their consulate themselves</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[8].question.choices[1].text</extracomment>
        <translation>Que él mismo tiene que llamar a su consulado</translation>
    </message>
    <message>
        <source>No. For most countries the person chooses. For some countries, officials must tell the consulate themselves.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[8].question.choices[1].explanation</extracomment>
        <translation>No. Para la mayoría de los países, la persona decide. Para algunos países, los funcionarios mismos deben avisar al consulado.</translation>
    </message>
    <message>
        <source>Nothing. The treaty only covers diplomats</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[8].question.choices[2].text</extracomment>
        <translation>Nada. El tratado solo cubre a los diplomáticos</translation>
    </message>
    <message>
        <source>No. The State Department says these rules cover all foreign nationals, whatever their immigration status.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[8].question.choices[2].explanation</extracomment>
        <translation>No. El Departamento de Estado dice que estas reglas cubren a todos los extranjeros, sin importar su situación migratoria.</translation>
    </message>
    <message>
        <source>The family at home, and where to find help</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[9].title</extracomment>
        <translation>La familia en casa, y dónde encontrar ayuda</translation>
    </message>
    <message>
        <source>Know-your-rights groups such as the [ILRC](source:ilrc-family-plan-2024) describe a family plan. It includes a list of emergency phone numbers and a file of important papers. The file is kept in a safe place that a trusted adult knows about. It can hold birth certificates, passports and immigration papers with the A-number. USCIS and the FTC warn not to let anyone, such as a notario, keep your original documents.

Who can care for children, and with what papers, depends on state law. Many states have ways for a parent to name a caregiver, with their own forms and rules. A lawyer or a legal aid group can explain the options in your state.

For help with the case, this app lists national places to find a lawyer or an accredited representative, with links to their own websites. See [Find legal help](page:help).</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[9].body</extracomment>
        <translation>Grupos de &quot;conozca sus derechos&quot; como el [ILRC](source:ilrc-family-plan-2024) describen un plan familiar. Incluye una lista de teléfonos para emergencias y una carpeta con papeles importantes. La carpeta se guarda en un lugar seguro que conoce un adulto de confianza. Puede tener actas de nacimiento, pasaportes y papeles de inmigración con el número A. USCIS y la FTC (Comisión Federal de Comercio) advierten que no deje que nadie, por ejemplo un notario, se quede con sus documentos originales.

Quién puede cuidar a los niños, y con qué papeles, depende de la ley de cada estado. Muchos estados tienen maneras para que un padre o una madre nombre a alguien que cuide a sus hijos, con sus propios formularios y reglas. Un abogado o un grupo de ayuda legal puede explicar las opciones en su estado.

Para recibir ayuda con el caso, esta aplicación tiene una lista de lugares en todo el país donde buscar un abogado o un representante acreditado, con enlaces a sus sitios web. Vea [Buscar ayuda legal](page:help).</translation>
    </message>
    <message>
        <source>Keep this gentle and practical. Do not explain caregiver forms in detail. Say that state rules differ and that legal aid can explain them. End on the Find legal help page, and leave it on the screen while people ask questions. This app&apos;s sources run to about mid-2026, so newer changes may be missing.</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[9].notes</extracomment>
        <translation>Hable de esto con suavidad y de forma práctica. No explique en detalle los formularios para nombrar a quien cuide a los niños. Diga que las reglas cambian de un estado a otro y que la ayuda legal puede explicarlas. Termine en la página Buscar ayuda legal y déjela en la pantalla mientras la gente hace preguntas. Las fuentes de esta aplicación llegan hasta mediados de 2026, así que pueden faltar cambios más recientes.</translation>
    </message>
    <message>
        <source>This walkthrough is for the family and friends of someone held in a jail or by ICE. It shares what government agencies and legal groups publish. It is not legal advice. Every case depends on its own facts.

The steps cover finding the person, the numbers and papers that matter, the court case, lawyers, bond, transfers, the consulate, and the family at home. The last step shows [where to find legal help](page:help).</source>
        <extracomment>walkthroughs/someone-i-know-was-detained.json $.walkthroughs[0].steps[0].body</extracomment>
        <translation>Este recorrido es para la familia y los amigos de una persona detenida en una cárcel o por ICE. Reúne lo que publican las agencias del gobierno y los grupos legales. No es asesoría legal. Cada caso depende de sus propios hechos.

Los pasos tratan de cómo encontrar a la persona, los números y papeles que importan, el caso en el tribunal, los abogados, la fianza, los traslados, el consulado y la familia en casa. El último paso muestra [dónde encontrar ayuda legal](page:help).</translation>
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

Una ley de 1962 permite que los tribunales federales de primera instancia vean estos casos. El caso va contra un funcionario o una agencia, no contra Estados Unidos en su conjunto. No crea derechos nuevos. Solo hace cumplir deberes que ya existen.</translation>
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
        <translation>Los tribunales toman en cuenta los [factores TRAC](term:trac-factors) para decidir si una demora es irrazonable. Según el resumen habitual de las guías para abogados, los tribunales preguntan:

- ¿Hay un criterio razonable para saber cuánto debe tardar este trámite?
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
        <source>Write the three tests on the board and leave them up. You will use them again in later steps. Remind people that missing any one of them usually means mandamus does not fit.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[1].notes</extracomment>
        <translation>Escriba los tres requisitos en el pizarrón y déjelos ahí. Los usará de nuevo en pasos posteriores. Recuerde a las personas que, si falta uno solo, por lo general el mandamus no es apropiado.</translation>
    </message>
    <message>
        <source>Delay suits about [USCIS](term:uscis) cases are common. They have real limits:

- At most, they force a *decision*, not an *approval*.
- Practice guides say filing often leads the agency to act. Many of these results are never published.
- Courts are split on whether one law, 8 U.S.C. §1252(a)(2)(B)(ii), blocks claims about the *speed* of processing.
- Asylum cases face extra hurdles. The asylum time limits in the law give no right a person can enforce. Some courts have accepted USCIS&apos;s &quot;last in, first out&quot; scheduling as reasonable.
- No result is guaranteed.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[5].body</extracomment>
        <translation>Las demandas por demoras en casos de [USCIS](term:uscis) (Servicio de Ciudadanía e Inmigración) son comunes. Tienen límites reales:

- Como máximo, obligan a dar una *decisión*, no una *aprobación*.
- Según las guías para abogados, muchas veces presentar la demanda hace que la agencia actúe. Muchos de estos resultados nunca se publican.
- Los tribunales no están de acuerdo sobre si una ley, 8 U.S.C. §1252(a)(2)(B)(ii), impide los reclamos sobre la *rapidez* del trámite.
- Los casos de asilo enfrentan obstáculos adicionales. Los plazos de asilo que fija la ley no dan un derecho que una persona pueda hacer valer. Algunos tribunales han aceptado como razonable que USCIS programe primero los casos más nuevos (en inglés, &quot;last in, first out&quot;).
- Ningún resultado está garantizado.</translation>
    </message>
    <message>
        <source>Mandamus needs &quot;no other adequate remedy.&quot; Sometimes another path exists.

- **Citizenship cases.** Practice guides say that when an N-400 is not decided within 120 days after the interview, a special law lets a federal court decide it or send it back.
- **Detention.** Many people held by ICE can first ask an immigration judge for a [bond hearing](term:bond-hearing). Since 2025, who can get one depends on how the person entered, where they are held and any criminal charges. Courts disagree about it. When the detention itself is unlawful, or no bond hearing is given, the tool is [habeas corpus](term:habeas-corpus) in federal court. It is filed in the district where the person is held.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[6].body</extracomment>
        <translation>El mandamus exige que no haya &quot;ningún otro recurso adecuado&quot;. A veces existe otro camino.

- **Casos de ciudadanía.** Las guías para abogados dicen que, si una solicitud N-400 no se decide dentro de los 120 días después de la entrevista, una ley especial permite que un tribunal federal la decida o la devuelva a la agencia.
- **Detención.** Muchas personas detenidas por ICE pueden pedir primero una [audiencia de fianza](term:bond-hearing) ante un juez de inmigración. Desde 2025, quién puede tenerla depende de cómo entró la persona, de dónde está detenida y de cualquier cargo penal. Los tribunales no están de acuerdo sobre esto. Cuando la detención en sí es ilegal, o no se da una audiencia de fianza, la herramienta es el [hábeas corpus](term:habeas-corpus) ante un tribunal federal. Se presenta en el distrito donde está detenida la persona.</translation>
    </message>
    <message>
        <source>Use this step to connect back to the three tests. If a better tool exists, mandamus usually fails the third test. Avoid giving timelines for any person&apos;s case. If someone asks about a detained relative, say that the bond rules changed in 2025 and 2026 and that a lawyer can check them.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[6].notes</extracomment>
        <translation>Use este paso para volver a los tres requisitos. Si existe una herramienta mejor, el mandamus por lo general no cumple el tercer requisito. Evite dar plazos para el caso de cualquier persona. Si alguien pregunta por un familiar detenido, diga que las reglas sobre la fianza cambiaron en 2025 y 2026, y que un abogado puede revisarlas.</translation>
    </message>
    <message>
        <source>Right. Habeas corpus is the usual federal court tool to challenge unlawful detention. It is filed where the person is held. Many people can first ask an immigration judge for a bond hearing.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[6].question.choices[1].explanation</extracomment>
        <translation>Correcto. El hábeas corpus es la herramienta habitual ante un tribunal federal para impugnar una detención ilegal. Se presenta donde está detenida la persona. Muchas personas pueden pedir primero una audiencia de fianza ante un juez de inmigración.</translation>
    </message>
    <message>
        <source>- Mandamus orders an official to do a clear duty.
- A court looks for a clear right, a clear duty and no other adequate remedy.
- It can lead to a decision, never an approval.
- The APA is often used for delays, with the TRAC factors.
- Other tools, like a bond hearing or habeas corpus, may fit better.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[7].body</extracomment>
        <translation>- El mandamus ordena a un funcionario que cumpla un deber claro.
- Un tribunal busca un derecho claro, un deber claro y ningún otro recurso adecuado.
- Puede llevar a una decisión, nunca a una aprobación.
- La APA se usa a menudo para las demoras, junto con los factores TRAC.
- Otras herramientas, como una audiencia de fianza o el hábeas corpus, pueden ser más adecuadas.</translation>
    </message>
    <message>
        <source>Close by pointing to the Find legal help page. Remind the room that this is general information and that a lawyer or accredited representative can look at the facts of a real case.</source>
        <extracomment>walkthroughs/what-is-mandamus.json $.walkthroughs[0].steps[7].notes</extracomment>
        <translation>Cierre señalando la página Buscar ayuda legal. Recuerde al grupo que esta es información general y que un abogado o un representante acreditado puede revisar los hechos de un caso real.</translation>
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
    <message>
        <source>Find legal help</source>
        <translation>Buscar ayuda legal</translation>
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

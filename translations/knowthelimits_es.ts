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
        <translation>Conoce los límites</translation>
    </message>
    <message>
        <source>Home: all topics</source>
        <translation>Inicio: todos los temas</translation>
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
        <source>Window size for --screenshot (default 1280x720).</source>
        <translation>Tamaño de la ventana para --screenshot (por omisión 1280x720).</translation>
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
        <translation>Conoce los límites: cómo trabaja ICE con la policía local, el mandamus, la extralimitación federal y lo que pueden hacer los tribunales.</translation>
    </message>
</context>
<context>
    <name>ContentStore</name>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>Date format of the "reviewed as of" date, in QDate::toString form (Spanish: "d 'de' MMMM 'de' yyyy")</extracomment>
        <translation>d 'de' MMMM 'de' yyyy</translation>
    </message>
    <message>
        <source>en_US</source>
        <comment>locale of dates</comment>
        <translation>es_US</translation>
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
        <source>Step %1</source>
        <extracomment>How far along a decision flow; %1 is the number of the current question</extracomment>
        <translation>Paso %1</translation>
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
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Know the Limits</source>
        <translation>Conoce los límites</translation>
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
</context>
<context>
    <name>Main</name>
    <message>
        <source>Know the Limits</source>
        <translation>Conoce los límites</translation>
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
        <extracomment>%1 is a date, such as "November 28, 2026"</extracomment>
        <translation>Revisado al %1</translation>
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
        <translation>Conoce los límites — todo el contenido</translation>
    </message>
    <message>
        <source>Content version %1, reviewed as of %2.</source>
        <extracomment>Outline export: %1 is the content version, %2 the date it was reviewed</extracomment>
        <translation>Contenido versión %1, revisado al %2.</translation>
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
        <source>- "%1" leads to `%2`: %3</source>
        <extracomment>Outline export: an answer and where it leads; %1 answer, %2 node id, %3 node text</extracomment>
        <translation>- «%1» lleva a `%2`: %3</translation>
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
    <name>ProblemBanner</name>
    <message>
        <source>Some content could not be loaded. The app is showing its built-in content. Problems found:</source>
        <translation>No se pudo cargar parte del contenido. La aplicación muestra su contenido incluido. Problemas encontrados:</translation>
    </message>
    <message>
        <source>…and %1 more. Run knowthelimits --check-content DIR to see them all.</source>
        <extracomment>%1 is a number of further problems not shown</extracomment>
        <translation>…y %1 más. Ejecute knowthelimits --check-content DIR para verlos todos.</translation>
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
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
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
</TS>
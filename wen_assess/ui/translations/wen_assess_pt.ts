<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>About</name>
    <message>
        <source>Translation draft, not reviewed by ICCWC</source>
        <translation>Tradução provisória, não revista pelo ICCWC</translation>
    </message>
    <message>
        <source>About wen-assess</source>
        <translation>Sobre o wen-assess</translation>
    </message>
    <message>
        <source>Maturity self-assessment for Wildlife Enforcement Networks.</source>
        <translation>Autoavaliação da maturidade das redes de aplicação da lei sobre a vida selvagem (WEN).</translation>
    </message>
    <message>
        <source>Fonts shipped with the app: DejaVu (free licence); Noto Sans Arabic, Ethiopic, Devanagari, Bengali, Thai, Lao, Khmer, Myanmar and Noto Emoji (SIL Open Font Licence); Droid Sans Fallback (Apache 2.0).</source>
        <translation>Tipos de letra incluídos na aplicação: DejaVu (licença livre); Noto Sans Arabic, Ethiopic, Devanagari, Bengali, Thai, Lao, Khmer, Myanmar e Noto Emoji (SIL Open Font Licence); Droid Sans Fallback (Apache 2.0).</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Workshop agenda — {network}</source>
        <translation>Ordem de trabalhos do workshop — {network}</translation>
    </message>
    <message>
        <source>Workshop agenda</source>
        <translation>Ordem de trabalhos do workshop</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to discuss</source>
        <translation>
            <numerusform>%n item a discutir</numerusform>
            <numerusform>%n itens a discutir</numerusform>
        </translation>
    </message>
    <message>
        <source>By area, in questionnaire order. An item is here when members disagree by two levels or more, when fewer than half of the responses answer it, or when it is a critical item the responses do not settle.</source>
        <translation>Por área, pela ordem do questionário. Um item figura aqui quando os membros divergem em dois níveis ou mais, quando menos de metade das respostas lhe responde ou quando é um item crítico que as respostas não resolvem.</translation>
    </message>
    <message>
        <source>No responses imported yet.</source>
        <translation>Ainda não foi importada nenhuma resposta.</translation>
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
        <translation>{reasons}. Níveis {distribution}; mediana {median}, amplitude {range}; proposta {proposal}; {status}.</translation>
    </message>
    <message>
        <source>members disagree</source>
        <translation>os membros divergem</translation>
    </message>
    <message>
        <source>few responses</source>
        <translation>poucas respostas</translation>
    </message>
    <message>
        <source>critical item</source>
        <translation>item crítico</translation>
    </message>
    <message>
        <source>Save the workshop agenda</source>
        <translation>Guardar a ordem de trabalhos do workshop</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Agenda not saved</source>
        <translation>Ordem de trabalhos não guardada</translation>
    </message>
    <message>
        <source>Cannot write {file}: {problem}.</source>
        <translation>Não é possível escrever {file}: {problem}.</translation>
    </message>
    <message>
        <source>Agenda saved</source>
        <translation>Ordem de trabalhos guardada</translation>
    </message>
    <message>
        <source>Saved to {file}.</source>
        <translation>Guardado em {file}.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>wen-assess cannot start</source>
        <translation>O wen-assess não pode arrancar</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Base de dados atualizada</translation>
    </message>
    <message>
        <source>Your assessments were upgraded to this version&apos;s format. A copy of the old file is kept at:
{path}</source>
        <translation>As suas avaliações foram atualizadas para o formato desta versão. Uma cópia do ficheiro antigo está guardada em:
{path}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erro inesperado</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Your saved answers are safe; {where}. Please send that file with a description of what you did.</source>
        <translation>Algo correu mal: {error}

As suas respostas guardadas estão seguras; {where}. Envie esse ficheiro com uma descrição do que estava a fazer.</translation>
    </message>
    <message>
        <source>wen-assess cannot use this database</source>
        <translation>O wen-assess não pode usar esta base de dados</translation>
    </message>
    <message>
        <source>Questionnaire damaged</source>
        <translation>Questionário danificado</translation>
    </message>
    <message>
        <source>Questionnaire skipped</source>
        <translation>Questionário ignorado</translation>
    </message>
    <message>
        <source>{path} is not a valid questionnaire and was skipped:</source>
        <translation>{path} não é um questionário válido e foi ignorado:</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>{area} progress</source>
        <translation>Progresso: {area}</translation>
    </message>
    <message>
        <source>Keep every carried-over answer of this area as it is: mark them reviewed</source>
        <translation>Manter tal como estão todas as respostas transportadas desta área: marcá-las como revistas</translation>
    </message>
    <message numerus="yes">
        <source>{answered} of %n items answered · score {score} · band {band}</source>
        <translation>
            <numerusform>{answered} de %n item respondido · pontuação {score} · faixa {band}</numerusform>
            <numerusform>{answered} de %n itens respondidos · pontuação {score} · faixa {band}</numerusform>
        </translation>
    </message>
    <message>
        <source>(capped: critical item {items} at a low level)</source>
        <translation>(limitada: item crítico {items} num nível baixo)</translation>
    </message>
    <message numerus="yes">
        <source>Confirm all %n carried-over answers in this area</source>
        <translation>
            <numerusform>Confirmar a resposta transportada desta área</numerusform>
            <numerusform>Confirmar as %n respostas transportadas desta área</numerusform>
        </translation>
    </message>
    <message>
        <source>all in {area}</source>
        <translation>todas em {area}</translation>
    </message>
</context>
<context>
    <name>AssessmentController</name>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>{what} of {item}</source>
        <translation>{what} de {item}</translation>
    </message>
    <message>
        <source>clearing {item}</source>
        <translation>limpeza de {item}</translation>
    </message>
    <message>
        <source>confirming {what}</source>
        <translation>confirmação de {what}</translation>
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
        <translation>plano ({what}) de {item}</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Não concluída</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não guardado</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Não foi possível guardar: {reason}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Guardado às {time}</translation>
    </message>
    <message>
        <source>network name</source>
        <translation>nome da rede</translation>
    </message>
    <message>
        <source>region</source>
        <translation>região</translation>
    </message>
    <message>
        <source>member countries</source>
        <translation>países membros</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>assessment date</source>
        <translation>data da avaliação</translation>
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
        <translation>responsável</translation>
    </message>
    <message>
        <source>due</source>
        <translation>prazo</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nível</translation>
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
        <translation>justificação</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>sinalização</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Assessment sections</source>
        <translation>Secções da avaliação</translation>
    </message>
    <message>
        <source>Items answered</source>
        <translation>Itens respondidos</translation>
    </message>
    <message>
        <source>%v of %m items answered</source>
        <translation>%v de %m itens respondidos</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado da gravação</translation>
    </message>
    <message>
        <source>◂ &amp;Library</source>
        <translation>◂ &amp;Biblioteca</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Voltar à biblioteca</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Seguinte</translation>
    </message>
    <message>
        <source>Previous section (Ctrl+PgUp)</source>
        <translation>Secção anterior (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next section (Ctrl+PgDown)</source>
        <translation>Secção seguinte (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Secção seguinte</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Secção anterior</translation>
    </message>
    <message>
        <source>Click an item first: the digit answers the item last worked on</source>
        <translation>Clique primeiro num item: o algarismo responde ao último item trabalhado</translation>
    </message>
    <message>
        <source>Changes saved by someone else are shown</source>
        <translation>São mostradas as alterações guardadas por outra pessoa</translation>
    </message>
    <message>
        <source>Assessment deleted</source>
        <translation>Avaliação eliminada</translation>
    </message>
    <message>
        <source>This assessment was deleted in another window or by another person.</source>
        <translation>Esta avaliação foi eliminada noutra janela ou por outra pessoa.</translation>
    </message>
    <message>
        <source>the network profile</source>
        <translation>o perfil da rede</translation>
    </message>
    <message>
        <source>the participants</source>
        <translation>os participantes</translation>
    </message>
    <message>
        <source>the target of {area}</source>
        <translation>a meta de {area}</translation>
    </message>
    <message>
        <source>the action plan of {item}</source>
        <translation>o plano de ação de {item}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>concluída</translation>
    </message>
</context>
<context>
    <name>CompareTables</name>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Faixa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variação</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Area scores side by side</source>
        <translation>Pontuações das áreas lado a lado</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>referência</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Pontuação média</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>None.</source>
        <translation>Nenhum.</translation>
    </message>
    <message>
        <source>◂ &amp;Library</source>
        <translation>◂ &amp;Biblioteca</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Voltar à biblioteca</translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n assessments</source>
        <translation>
            <numerusform>Comparação de %n avaliação</numerusform>
            <numerusform>Comparação de %n avaliações</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline assessment</source>
        <translation>Avaliação de referência</translation>
    </message>
    <message>
        <source>Changes within its network and differences of other networks are measured against this assessment (the earliest by default)</source>
        <translation>As variações dentro da sua rede e as diferenças de outras redes são medidas em relação a esta avaliação (a mais antiga por omissão)</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Referência:</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the comparison as PDF</source>
        <translation>Exportar a comparação em PDF</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the comparison as CSV</source>
        <translation>Exportar a comparação em CSV</translation>
    </message>
    <message>
        <source>Two files: area scores, and the answers to the compared items</source>
        <translation>Dois ficheiros: as pontuações das áreas e as respostas aos itens comparados</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparação</translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation>Compatibilidade</translation>
    </message>
    <message>
        <source>Assessments left out</source>
        <translation>Avaliações excluídas</translation>
    </message>
    <message>
        <source>Overall scores of only some areas</source>
        <translation>Pontuações globais de apenas algumas áreas</translation>
    </message>
    <message>
        <source>Assessments compared</source>
        <translation>Avaliações comparadas</translation>
    </message>
    <message>
        <source>Area scores side by side</source>
        <translation>Pontuações das áreas lado a lado</translation>
    </message>
    <message>
        <source>Radar chart of area scores, one line per assessment</source>
        <translation>Gráfico radar das pontuações das áreas, uma linha por avaliação</translation>
    </message>
    <message>
        <source>Areas of concern</source>
        <translation>Áreas preocupantes</translation>
    </message>
    <message>
        <source>Most improved within a network</source>
        <translation>Maiores melhorias dentro de uma rede</translation>
    </message>
    <message>
        <source>Biggest declines within a network</source>
        <translation>Maiores recuos dentro de uma rede</translation>
    </message>
    <message>
        <source>No network is assessed more than once here, so there is no change over time to rank: the networks differ (see the Difference columns).</source>
        <translation>Nenhuma rede é avaliada mais de uma vez aqui, por isso não há variação no tempo a ordenar: as redes diferem (ver as colunas Diferença).</translation>
    </message>
    <message>
        <source>Area scores overlaid</source>
        <translation>Pontuações das áreas sobrepostas</translation>
    </message>
    <message>
        <source>Networks over time</source>
        <translation>As redes ao longo do tempo</translation>
    </message>
    <message>
        <source>No network is assessed more than once in this selection: there is no trend to show. Select two assessments of the same network to see what changed.</source>
        <translation>Nenhuma rede é avaliada mais de uma vez nesta seleção: não há tendência a mostrar. Selecione duas avaliações da mesma rede para ver o que mudou.</translation>
    </message>
    <message>
        <source>Export comparison (PDF)</source>
        <translation>Exportar a comparação (PDF)</translation>
    </message>
    <message>
        <source>Comparison not written</source>
        <translation>Comparação não escrita</translation>
    </message>
    <message>
        <source>Comparison written to {path}</source>
        <translation>Comparação escrita em {path}</translation>
    </message>
    <message>
        <source>Export comparison (CSV)</source>
        <translation>Exportar a comparação (CSV)</translation>
    </message>
    <message>
        <source>Comparison written to {path} and {other}</source>
        <translation>Comparação escrita em {path} e {other}</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>referência</translation>
    </message>
    <message>
        <source>{share} answered</source>
        <translation>{share} respondido</translation>
    </message>
    <message>
        <source>Done: share of the area&apos;s items answered.</source>
        <translation>Respondido: proporção de itens da área respondidos.</translation>
    </message>
    <message>
        <source>Change: points against the baseline, {base}. {done}</source>
        <translation>Variação: pontos em relação à referência, {base}. {done}</translation>
    </message>
    <message>
        <source>Change: points within one network, against the baseline ({base}) for its network, against the earliest assessment for another network. Difference: another network&apos;s points against the baseline; networks differ, so this is not a change over time. {done}</source>
        <translation>Variação: pontos dentro de uma mesma rede, em relação à referência ({base}) para a sua rede e em relação à avaliação mais antiga para outra rede. Diferença: pontos de outra rede em relação à referência; as redes diferem, por isso não é uma variação no tempo. {done}</translation>
    </message>
    <message>
        <source>Left out: {label} ({title}), {reason}.</source>
        <translation>Excluída: {label} ({title}), {reason}.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sem título</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Alterado por outra pessoa</translation>
    </message>
    <message>
        <source>{who} changed {subject} on {when}, after you last saw it. Which value do you keep?</source>
        <translation>{who} alterou {subject} em {when}, depois da sua última consulta. Que valor mantém?</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
    <message>
        <source>Someone else changed {subject} after you last saw it. Which value do you keep?</source>
        <translation>Outra pessoa alterou {subject} depois da sua última consulta. Que valor mantém?</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>O outro (guardado)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>O meu</translation>
    </message>
    <message>
        <source>{field}, theirs</source>
        <translation>{field}, o outro</translation>
    </message>
    <message>
        <source>{field}, mine</source>
        <translation>{field}, o meu</translation>
    </message>
    <message>
        <source>Nothing is lost either way: both values stay in the history.</source>
        <translation>Em qualquer caso nada se perde: os dois valores ficam no histórico.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Manter o meu</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>Aceitar o &amp;outro</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
</context>
<context>
    <name>FillWindow</name>
    <message>
        <source>Response forms ({patterns});;All files (*)</source>
        <translation>Formulários de resposta ({patterns});;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Cannot open the response form</source>
        <translation>Não é possível abrir o formulário de resposta</translation>
    </message>
    <message>
        <source>Response form — {member}</source>
        <translation>Formulário de resposta — {member}</translation>
    </message>
    <message>
        <source>Response of &lt;b&gt;{member}&lt;/b&gt;</source>
        <translation>Resposta de &lt;b&gt;{member}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the focal point who answers</source>
        <translation>o ponto focal que responde</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>O seu nome</translation>
    </message>
    <message>
        <source>Items answered</source>
        <translation>Itens respondidos</translation>
    </message>
    <message>
        <source>%v of %m items answered</source>
        <translation>%v de %m itens respondidos</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado da gravação</translation>
    </message>
    <message>
        <source>The questionnaire installed here is not the very file the form was made with: its wording may differ a little from your coordinator&apos;s.</source>
        <translation>O questionário instalado aqui não é exatamente o ficheiro com que o formulário foi criado: a sua redação pode diferir um pouco da do seu coordenador.</translation>
    </message>
    <message>
        <source>Areas of the form</source>
        <translation>Áreas do formulário</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>O seu &amp;nome:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Abrir &amp;pasta</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Your answers could not be written to {path}: {problem}. They are kept in this window: try again, or use Save as… to keep them in another file.</source>
        <translation>Não foi possível escrever as suas respostas em {path}: {problem}. Ficam guardadas nesta janela: tente de novo, ou use Guardar como… para as guardar noutro ficheiro.</translation>
    </message>
    <message>
        <source>Save the response form as</source>
        <translation>Guardar o formulário de resposta como</translation>
    </message>
    <message>
        <source>another response-form window has this file open: close it first</source>
        <translation>outra janela de formulário de resposta tem este ficheiro aberto: feche-a primeiro</translation>
    </message>
    <message>
        <source>Your answers could not be written to {path}: {problem}. Nothing else changed: the window keeps filling in {current}.</source>
        <translation>Não foi possível escrever as suas respostas em {path}: {problem}. Nada mais mudou: a janela continua a preencher {current}.</translation>
    </message>
    <message>
        <source>Your last answers are not in the file: {problem}. Save them in another file before closing?</source>
        <translation>As suas últimas respostas não estão no ficheiro: {problem}. Guardá-las noutro ficheiro antes de fechar?</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Find an item</source>
        <translation>Procurar um item</translation>
    </message>
    <message>
        <source>Words from an item&apos;s title or question, or its id</source>
        <translation>Palavras do título ou da pergunta de um item, ou o seu identificador</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Texto a procurar</translation>
    </message>
    <message>
        <source>Matching items</source>
        <translation>Itens correspondentes</translation>
    </message>
    <message>
        <source>Number of matching items</source>
        <translation>Número de itens correspondentes</translation>
    </message>
    <message>
        <source>&amp;Go to item</source>
        <translation>&amp;Ir para o item</translation>
    </message>
    <message>
        <source>No item matches.</source>
        <translation>Nenhum item corresponde.</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n itens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupBar</name>
    <message>
        <source>baseline</source>
        <translation>referência</translation>
    </message>
    <message>
        <source>Assessments in the table&apos;s columns</source>
        <translation>Avaliações nas colunas da tabela</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>wen-assess user guide</source>
        <translation>Guia do utilizador do wen-assess</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guia do utilizador</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Values before and after the selected change</source>
        <translation>Valores antes e depois da alteração selecionada</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Ainda não há alterações registadas.</translation>
    </message>
    <message>
        <source>Changed by {who} on {when}: {what}</source>
        <translation>Alterado por {who} em {when}: {what}</translation>
    </message>
    <message>
        <source>kept (theirs)</source>
        <translation>mantido (o outro)</translation>
    </message>
    <message>
        <source>set aside (mine)</source>
        <translation>posto de parte (o meu)</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>after</source>
        <translation>depois</translation>
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
        <translation>justificação editada</translation>
    </message>
    <message>
        <source>note edited</source>
        <translation>notas editadas</translation>
    </message>
    <message>
        <source>flagged for review</source>
        <translation>assinalado para revisão</translation>
    </message>
    <message>
        <source>flag removed</source>
        <translation>sinalização removida</translation>
    </message>
    <message>
        <source>carried-over answer confirmed</source>
        <translation>resposta transportada confirmada</translation>
    </message>
    <message>
        <source>marked not yet reviewed</source>
        <translation>marcado como ainda não revisto</translation>
    </message>
    <message>
        <source>set aside in a conflict, their value kept: {what}</source>
        <translation>posto de parte num conflito, mantido o outro valor: {what}</translation>
    </message>
    <message>
        <source>{fields} edited</source>
        <translation>editado: {fields}</translation>
    </message>
    <message>
        <source>working language {old} → {new}</source>
        <translation>idioma de trabalho {old} → {new}</translation>
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
        <translation>entrada do plano adicionada</translation>
    </message>
    <message>
        <source>plan entry removed</source>
        <translation>entrada do plano removida</translation>
    </message>
    <message>
        <source>plan entry edited ({fields})</source>
        <translation>entrada do plano editada ({fields})</translation>
    </message>
    <message>
        <source>marked completed</source>
        <translation>marcada como concluída</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>reaberta</translation>
    </message>
    <message>
        <source>created</source>
        <translation>criada</translation>
    </message>
    <message>
        <source>created from a baseline assessment</source>
        <translation>criada a partir de uma avaliação de referência</translation>
    </message>
    <message>
        <source>imported from {file}</source>
        <translation>importada de {file}</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nível</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>não aplicável</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>justificação</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>flag for review</source>
        <translation>sinalização para revisão</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisto</translation>
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
        <translation>nome da rede</translation>
    </message>
    <message>
        <source>region</source>
        <translation>região</translation>
    </message>
    <message>
        <source>member countries</source>
        <translation>países membros</translation>
    </message>
    <message>
        <source>assessment date</source>
        <translation>data da avaliação</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>facilitador</translation>
    </message>
    <message>
        <source>working language</source>
        <translation>idioma de trabalho</translation>
    </message>
    <message>
        <source>action</source>
        <translation>ação</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsável</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>prazo</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>network</source>
        <translation>rede</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>referência</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ficheiro</translation>
    </message>
    <message>
        <source>target level</source>
        <translation>nível-meta</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <source>Critical item</source>
        <translation>Item crítico</translation>
    </message>
    <message>
        <source>Carried over — not yet reviewed</source>
        <translation>Transportado — ainda não revisto</translation>
    </message>
    <message>
        <source>Level {level} ({name}) looks like:</source>
        <translation>O nível {level} ({name}) é assim:</translation>
    </message>
    <message>
        <source>Evidence, for example: {list}</source>
        <translation>Evidências, por exemplo: {list}</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>The item does not apply to this network (say why below).</source>
        <translation>O item não se aplica a esta rede (explique porquê abaixo).</translation>
    </message>
    <message>
        <source>Why does this item not apply? (required)</source>
        <translation>Porque é que este item não se aplica? (obrigatório)</translation>
    </message>
    <message>
        <source>{item} justification for Not applicable</source>
        <translation>{item} justificação de «Não aplicável»</translation>
    </message>
    <message>
        <source>Notes and evidence: documents, minutes, links…</source>
        <translation>Notas e evidências: documentos, atas, ligações…</translation>
    </message>
    <message>
        <source>{item} notes and evidence</source>
        <translation>{item} notas e evidências</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>Assinalar para revisão</translation>
    </message>
    <message>
        <source>{item} flag for review</source>
        <translation>{item} assinalar para revisão</translation>
    </message>
    <message>
        <source>Level {level} – {name}</source>
        <translation>Nível {level} – {name}</translation>
    </message>
    <message>
        <source>{level}: {meaning}</source>
        <translation>{level}: {meaning}</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>não aplicável</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>nível {level}</translation>
    </message>
    <message>
        <source>{question} Current answer: {state}.</source>
        <translation>{question} Resposta atual: {state}.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Keep this carried-over answer as it is: mark it reviewed</source>
        <translation>Manter esta resposta transportada tal como está: marcá-la como revista</translation>
    </message>
    <message>
        <source>{item}: confirm carried-over answer</source>
        <translation>{item}: confirmar a resposta transportada</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Remove the level or N/A (Delete); notes and flag stay</source>
        <translation>Remover o nível ou N/A (Delete); as notas e a sinalização ficam</translation>
    </message>
    <message>
        <source>{item}: clear answer</source>
        <translation>{item}: limpar a resposta</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Limpar a resposta</translation>
    </message>
    <message>
        <source>Confirm carried-over answer</source>
        <translation>Confirmar a resposta transportada</translation>
    </message>
    <message>
        <source>&amp;History of this item…</source>
        <translation>&amp;Histórico deste item…</translation>
    </message>
    <message>
        <source>History of {item} — {title}</source>
        <translation>Histórico de {item} — {title}</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Níveis</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Amplitude</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposta</translation>
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
        <translation>O relatório, o livro do plano de ação e a comparação são redigidos neste idioma</translation>
    </message>
</context>
<context>
    <name>LibraryWidget</name>
    <message>
        <source>Filter by network, title, status, band…</source>
        <translation>Filtrar por rede, título, estado, faixa…</translation>
    </message>
    <message>
        <source>Filter assessments</source>
        <translation>Filtrar as avaliações</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nova…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Re-assess…</source>
        <translation>&amp;Reavaliar…</translation>
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
        <translation>Relató&amp;rio (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Compare two or more assessments side by side (Ctrl+click to select them)</source>
        <translation>Comparar duas ou mais avaliações lado a lado (Ctrl+clique para as selecionar)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>WEN assessment files ({patterns});;All files (*)</source>
        <translation>Ficheiros de avaliação WEN ({patterns});;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>wen-assess — WEN self-assessment</source>
        <translation>wen-assess — autoavaliação das WEN</translation>
    </message>
    <message>
        <source>wen-assess — {name}</source>
        <translation>wen-assess — {name}</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Base de dados: {name}</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Translation draft, not reviewed by ICCWC</source>
        <translation>Tradução provisória, não revista pelo ICCWC</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nova avaliação…</translation>
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
        <translation>&amp;Preencher um formulário de resposta…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>Exportar o &amp;relatório (PDF)…</translation>
    </message>
    <message>
        <source>Export action &amp;plan (Excel or CSV)…</source>
        <translation>Exportar o &amp;plano de ação (Excel ou CSV)…</translation>
    </message>
    <message>
        <source>Add &amp;demo assessments</source>
        <translation>Adicionar as avaliações de &amp;demonstração</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>O seu no&amp;me…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>A&amp;valiação</translation>
    </message>
    <message>
        <source>Back to &amp;library</source>
        <translation>Voltar à &amp;biblioteca</translation>
    </message>
    <message>
        <source>&amp;Re-assess…</source>
        <translation>&amp;Reavaliar…</translation>
    </message>
    <message>
        <source>&amp;Compare selected</source>
        <translation>&amp;Comparar a seleção</translation>
    </message>
    <message>
        <source>Member r&amp;esponses…</source>
        <translation>R&amp;espostas dos membros…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
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
        <translation>&amp;Reduzir</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Tamanho &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>A&amp;presentação</translation>
    </message>
    <message>
        <source>&amp;Find item…</source>
        <translation>&amp;Procurar item…</translation>
    </message>
    <message>
        <source>Reset &amp;column widths</source>
        <translation>Repor a largura das &amp;colunas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guia do utilizador</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About wen-assess</source>
        <translation>&amp;Sobre o wen-assess</translation>
    </message>
    <message>
        <source>Text size {percent} %</source>
        <translation>Tamanho do texto {percent} %</translation>
    </message>
    <message>
        <source>Presentation shows an area page: open one first.</source>
        <translation>A apresentação mostra uma página de área: abra uma primeiro.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>C&amp;lear answer</source>
        <translation>&amp;Limpar a resposta</translation>
    </message>
    <message>
        <source>&amp;Confirm carried-over answer</source>
        <translation>&amp;Confirmar a resposta transportada</translation>
    </message>
    <message>
        <source>Confirm &amp;all carried-over answers in this area</source>
        <translation>Confirmar &amp;todas as respostas transportadas desta área</translation>
    </message>
    <message>
        <source>Item &amp;history…</source>
        <translation>&amp;Histórico do item…</translation>
    </message>
    <message>
        <source>C&amp;lear answer of {item}</source>
        <translation>&amp;Limpar a resposta de {item}</translation>
    </message>
    <message>
        <source>&amp;Confirm carried-over answer of {item}</source>
        <translation>&amp;Confirmar a resposta transportada de {item}</translation>
    </message>
    <message>
        <source>Click an item first</source>
        <translation>Clique primeiro num item</translation>
    </message>
    <message>
        <source>Open an area of the questionnaire first</source>
        <translation>Abra primeiro uma área do questionário</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation>Não é possível abrir a avaliação</translation>
    </message>
    <message>
        <source>Cannot show the responses</source>
        <translation>Não é possível mostrar as respostas</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Não é possível comparar</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n assessments; left out {left} (no item in common)</source>
        <translation>
            <numerusform>%n avaliação comparada; excluídas: {left} (nenhum item em comum)</numerusform>
            <numerusform>%n avaliações comparadas; excluídas: {left} (nenhum item em comum)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the assessment</source>
        <translation>Não é possível criar a avaliação</translation>
    </message>
    <message>
        <source>Re-assess</source>
        <translation>Reavaliar</translation>
    </message>
    <message>
        <source>A new assessment of {network} starts from this one&apos;s answers, each marked &apos;carried over&apos; until someone reviews it.

Title of the new assessment:</source>
        <translation>Uma nova avaliação de {network} parte das respostas desta, cada uma marcada como «transportada» até alguém a rever.

Título da nova avaliação:</translation>
    </message>
    <message>
        <source>{network} re-assessment</source>
        <translation>Reavaliação de {network}</translation>
    </message>
    <message>
        <source>Cannot re-assess</source>
        <translation>Não é possível reavaliar</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Eliminar a avaliação</translation>
    </message>
    <message>
        <source>Delete “{title}” of {network}?

Its answers, notes and action plan are removed from this computer. This cannot be undone; export it first to keep a copy.</source>
        <translation>Eliminar «{title}» de {network}?

As suas respostas, notas e plano de ação são removidos deste computador. Não pode ser anulado; exporte-a antes para guardar uma cópia.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Não é possível eliminar</translation>
    </message>
    <message>
        <source>Cannot add the demo assessments</source>
        <translation>Não é possível adicionar as avaliações de demonstração</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo assessments</source>
        <translation>
            <numerusform>%n avaliação de demonstração adicionada</numerusform>
            <numerusform>%n avaliações de demonstração adicionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo assessments are already there</source>
        <translation>As avaliações de demonstração já lá estão</translation>
    </message>
    <message>
        <source>Import assessments</source>
        <translation>Importar avaliações</translation>
    </message>
    <message>
        <source>Fill in a response form</source>
        <translation>Preencher um formulário de resposta</translation>
    </message>
    <message>
        <source>Response form in Excel</source>
        <translation>Formulário de resposta em Excel</translation>
    </message>
    <message>
        <source>{file} is the Excel version of a response form: fill it in with Excel or LibreOffice. To fill it in here, open the .response.wen.json file that came with it. A coordinator imports filled forms from an open assessment (Assessment › Member responses).</source>
        <translation>{file} é a versão Excel de um formulário de resposta: preencha-a com o Excel ou o LibreOffice. Para o preencher aqui, abra o ficheiro .response.wen.json que o acompanha. Um coordenador importa os formulários preenchidos a partir de uma avaliação aberta (Avaliação › Respostas dos membros).</translation>
    </message>
    <message>
        <source> (a file that is not imported changes nothing).</source>
        <translation> (um ficheiro não importado não altera nada).</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importação</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>History of {network} — {title}</source>
        <translation>Histórico de {network} — {title}</translation>
    </message>
    <message>
        <source>Export assessment</source>
        <translation>Exportar a avaliação</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>A exportação falhou</translation>
    </message>
    <message>
        <source>Exported to {path} (checked by reading it back)</source>
        <translation>Exportada para {path} (verificada por releitura)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar o relatório</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Relatório não escrito</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Relatório escrito em {path}</translation>
    </message>
    <message>
        <source>Export action plan</source>
        <translation>Exportar o plano de ação</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, for any spreadsheet (*.csv)</source>
        <translation>Livro do Excel (*.xlsx);;CSV, para qualquer folha de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>Action plan not written</source>
        <translation>Plano de ação não escrito</translation>
    </message>
    <message numerus="yes">
        <source>Action plan (%n entries) written to {path}</source>
        <translation>
            <numerusform>Plano de ação (%n entrada) escrito em {path}</numerusform>
            <numerusform>Plano de ação (%n entradas) escrito em {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MakeFormsDialog</name>
    <message>
        <source>Make response forms</source>
        <translation>Criar formulários de resposta</translation>
    </message>
    <message>
        <source>Member countries, separated by commas</source>
        <translation>Países membros, separados por vírgulas</translation>
    </message>
    <message>
        <source>optional, e.g. Wildlife authority, Customs</source>
        <translation>opcional, p. ex. Autoridade da vida selvagem, Alfândegas</translation>
    </message>
    <message>
        <source>Agencies, separated by commas (optional)</source>
        <translation>Entidades, separadas por vírgulas (opcional)</translation>
    </message>
    <message>
        <source>Folder for the forms</source>
        <translation>Pasta para os formulários</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pro&amp;curar…</translation>
    </message>
    <message>
        <source>One Excel form per country (or per country and agency), in the assessment&apos;s language, plus the same as a response file for members who use wen-assess.</source>
        <translation>Um formulário Excel por país (ou por país e entidade), no idioma da avaliação, e o mesmo como ficheiro de resposta para os membros que usam o wen-assess.</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>&amp;Países:</translation>
    </message>
    <message>
        <source>A&amp;gencies:</source>
        <translation>&amp;Entidades:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Pa&amp;sta:</translation>
    </message>
    <message>
        <source>&amp;Make forms</source>
        <translation>C&amp;riar formulários</translation>
    </message>
    <message>
        <source>No forms made</source>
        <translation>Nenhum formulário criado</translation>
    </message>
    <message>
        <source>Name at least one country.</source>
        <translation>Indique pelo menos um país.</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Escolha uma pasta.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {problem}.</source>
        <translation>Não é possível escrever em {folder}: {problem}.</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Nova avaliação</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionário</translation>
    </message>
    <message numerus="yes">
        <source>{title} (v{version}, %n items)</source>
        <translation>
            <numerusform>{title} (v{version}, %n item)</numerusform>
            <numerusform>{title} (v{version}, %n itens)</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. SAWEN</source>
        <translation>p. ex. SAWEN</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>Nome da rede</translation>
    </message>
    <message>
        <source>e.g. South Asia</source>
        <translation>p. ex. África Austral</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Data da avaliação</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Questionário:</translation>
    </message>
    <message>
        <source>&amp;Network name:</source>
        <translation>&amp;Nome da rede:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Região:</translation>
    </message>
    <message>
        <source>Assessment &amp;date:</source>
        <translation>&amp;Data da avaliação:</translation>
    </message>
    <message>
        <source>&amp;Working language:</source>
        <translation>&amp;Idioma de trabalho:</translation>
    </message>
    <message>
        <source>Please give the network&apos;s name.</source>
        <translation>Indique o nome da rede.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organisation / agency</source>
        <translation>Organização / entidade</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>&amp;Adicionar participante</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Remover os selecionados</translation>
    </message>
    <message>
        <source>Who took part: the chair and secretariat, national focal points of wildlife/CITES authorities, customs, police and prosecution, and observers.</source>
        <translation>Quem participou: a presidência e o secretariado, os pontos focais nacionais das autoridades de vida selvagem e CITES, alfândegas, polícia e ministério público, e os observadores.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <source>E&amp;xport plan (Excel or CSV)…</source>
        <translation>E&amp;xportar o plano (Excel ou CSV)…</translation>
    </message>
    <message>
        <source>One line per improvement item, most urgent first (P1 critical items at a low level, P2 other low items, P3 items one step from the top). Give each an owner, a due date and a status; defaults follow the priority. Saved as you edit; the plan travels in exported files and the report.</source>
        <translation>Uma linha por item a melhorar, o mais urgente primeiro (P1 itens críticos num nível baixo, P2 outros itens baixos, P3 itens a um passo do topo). Atribua a cada um um responsável, um prazo e um estado; os valores por omissão seguem a prioridade. Guardado à medida que edita; o plano segue nos ficheiros exportados e no relatório.</translation>
    </message>
    <message>
        <source>Due date for {item}</source>
        <translation>Prazo de {item}</translation>
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
        <translation>Apresentação — {area}</translation>
    </message>
    <message>
        <source>Presentation view</source>
        <translation>Vista de apresentação</translation>
    </message>
    <message>
        <source>Area and position</source>
        <translation>Área e posição</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Does not apply.</source>
        <translation>Não se aplica.</translation>
    </message>
    <message>
        <source>0–3 or N answers · ← → or PgUp/PgDn: other items · Esc or F11: back to the page</source>
        <translation>0–3 ou N responde · ← → ou PgUp/PgDn: outros itens · Esc ou F11: voltar à página</translation>
    </message>
    <message>
        <source>Answer status</source>
        <translation>Estado da resposta</translation>
    </message>
    <message numerus="yes">
        <source>{code} · {area} — item {position} of %n</source>
        <translation>
            <numerusform>{code} · {area} — item {position} de %n</numerusform>
            <numerusform>{code} · {area} — item {position} de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>critical item</source>
        <translation>item crítico</translation>
    </message>
    <message>
        <source>This assessment is completed: reopen it to change answers.</source>
        <translation>Esta avaliação está concluída: reabra-a para alterar as respostas.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Ainda sem resposta.</translation>
    </message>
    <message>
        <source>Not applicable — write why in the item&apos;s justification after the session.</source>
        <translation>Não aplicável — escreva porquê na justificação do item depois da sessão.</translation>
    </message>
    <message>
        <source>Answered: level {level}. Saved.</source>
        <translation>Resposta: nível {level}. Guardada.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Network profile</source>
        <translation>Perfil da rede</translation>
    </message>
    <message>
        <source>One country per line</source>
        <translation>Um país por linha</translation>
    </message>
    <message>
        <source>&amp;Network name:</source>
        <translation>&amp;Nome da rede:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Região:</translation>
    </message>
    <message>
        <source>&amp;Member countries:</source>
        <translation>&amp;Países membros:</translation>
    </message>
    <message>
        <source>Assessment &amp;title:</source>
        <translation>&amp;Título da avaliação:</translation>
    </message>
    <message>
        <source>Assessment &amp;date:</source>
        <translation>&amp;Data da avaliação:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitador:</translation>
    </message>
    <message>
        <source>&amp;Working language:</source>
        <translation>&amp;Idioma de trabalho:</translation>
    </message>
    <message>
        <source>Questionnaire:</source>
        <translation>Questionário:</translation>
    </message>
    <message>
        <source>Who is assessing, and when.</source>
        <translation>Quem avalia e quando.</translation>
    </message>
    <message>
        <source>The network&apos;s name cannot be empty.</source>
        <translation>O nome da rede não pode estar vazio.</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of area scores against targets</source>
        <translation>Gráfico radar das pontuações das áreas face às metas</translation>
    </message>
</context>
<context>
    <name>ResponseItemWidget</name>
    <message>
        <source>Remove the level or N/A (Delete); notes stay</source>
        <translation>Remover o nível ou N/A (Delete); as notas ficam</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Limpar a resposta</translation>
    </message>
</context>
<context>
    <name>ResponsesDialog</name>
    <message>
        <source>Member responses — {network}</source>
        <translation>Respostas dos membros — {network}</translation>
    </message>
    <message>
        <source>Make &amp;forms…</source>
        <translation>Criar &amp;formulários…</translation>
    </message>
    <message>
        <source>&amp;Import responses…</source>
        <translation>&amp;Importar respostas…</translation>
    </message>
    <message>
        <source>Workshop &amp;agenda…</source>
        <translation>&amp;Ordem de trabalhos do workshop…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Items and what the members said</source>
        <translation>Itens e o que os membros disseram</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Who said what</source>
        <translation>Quem disse o quê</translation>
    </message>
    <message>
        <source>Use the proposal as the agreed level</source>
        <translation>Usar a proposta como nível acordado</translation>
    </message>
    <message>
        <source>Agreed level</source>
        <translation>Nível acordado</translation>
    </message>
    <message>
        <source>A&amp;greed level:</source>
        <translation>&amp;Nível acordado:</translation>
    </message>
    <message>
        <source>— not agreed yet —</source>
        <translation>— ainda não acordado —</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Bars: how many members gave each level: {squares}</source>
        <translation>Barras: quantos membros deram cada nível: {squares}</translation>
    </message>
    <message>
        <source>Responses received: {n}. Countries: {countries}.</source>
        <translation>Respostas recebidas: {n}. Países: {countries}.</translation>
    </message>
    <message>
        <source>Not yet answered: {countries}.</source>
        <translation>Ainda não responderam: {countries}.</translation>
    </message>
    <message>
        <source>Items where members disagree by two levels or more (⚠): {n}. ★ critical item.</source>
        <translation>Itens em que os membros divergem em dois níveis ou mais (⚠): {n}. ★ item crítico.</translation>
    </message>
    <message>
        <source>No responses yet. Make a form for each member, send them out, then import the filled forms here (or drop them on this window).</source>
        <translation>Ainda não há respostas. Crie um formulário para cada membro, envie-os e depois importe aqui os formulários preenchidos (ou largue-os nesta janela).</translation>
    </message>
    <message>
        <source>critical item</source>
        <translation>item crítico</translation>
    </message>
    <message>
        <source>members disagree</source>
        <translation>os membros divergem</translation>
    </message>
    <message>
        <source>Answered by {answered} of {responses}. Levels: {distribution}. Median {median}, range {range}.</source>
        <translation>Respondido por {answered} de {responses}. Níveis: {distribution}. Mediana {median}, amplitude {range}.</translation>
    </message>
    <message>
        <source>Use &amp;proposal: {level}</source>
        <translation>Usar a &amp;proposta: {level}</translation>
    </message>
    <message>
        <source>Forms made</source>
        <translation>Formulários criados</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) written in {folder}: an Excel workbook and a response file per member. Send each member theirs.</source>
        <translation>
            <numerusform>%n formulário escrito em {folder}: um livro do Excel e um ficheiro de resposta para o membro. Envie-lho.</numerusform>
            <numerusform>%n formulários escritos em {folder}: um livro do Excel e um ficheiro de resposta por membro. Envie a cada membro os seus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import filled response forms</source>
        <translation>Importar formulários de resposta preenchidos</translation>
    </message>
    <message>
        <source>Response forms (*.xlsx *.json);;All files (*)</source>
        <translation>Formulários de resposta (*.xlsx *.json);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Não importado</translation>
    </message>
    <message>
        <source>Replace a response?</source>
        <translation>Substituir uma resposta?</translation>
    </message>
    <message>
        <source>{message}.

Replace the earlier response with the one in {file}?</source>
        <translation>{message}.

Substituir a resposta anterior pela de {file}?</translation>
    </message>
    <message>
        <source>{file}: {status}: {message}</source>
        <translation>{file}: {status}: {message}</translation>
    </message>
    <message>
        <source>Responses imported</source>
        <translation>Respostas importadas</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importada</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>substituída</translation>
    </message>
    <message>
        <source>kept the earlier response</source>
        <translation>mantida a resposta anterior</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>já importada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeitada</translation>
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
        <translation>Nível médio</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Faixa</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacuna</translation>
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
        <translation>Nível meta para {area}</translation>
    </message>
    <message>
        <source>Overall result</source>
        <translation>Resultado global</translation>
    </message>
    <message>
        <source>&amp;Mark as completed</source>
        <translation>&amp;Marcar como concluída</translation>
    </message>
    <message>
        <source>Re&amp;open for editing</source>
        <translation>Re&amp;abrir para edição</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>Exportar o &amp;relatório (PDF)…</translation>
    </message>
    <message>
        <source>Computed from the answers saved so far.</source>
        <translation>Calculados a partir das respostas guardadas até agora.</translation>
    </message>
    <message>
        <source>(capped)</source>
        <translation>(limitada)</translation>
    </message>
    <message>
        <source>Capped at {band}: critical item(s) {items} at level {level} or below.</source>
        <translation>Limitada a {band}: item(ns) crítico(s) {items} no nível {level} ou inferior.</translation>
    </message>
    <message>
        <source>Overall: {score} · {band}</source>
        <translation>Global: {score} · {band}</translation>
    </message>
    <message numerus="yes">
        <source>{weakest} · completeness {share} ({answered} of %n items) · improvement plan: {p1} P1, {p2} P2, {p3} P3</source>
        <translation>
            <numerusform>{weakest} · completude {share} ({answered} de %n item) · plano de melhoria: {p1} P1, {p2} P2, {p3} P3</numerusform>
            <numerusform>{weakest} · completude {share} ({answered} de %n itens) · plano de melhoria: {p1} P1, {p2} P2, {p3} P3</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;This assessment is completed.&lt;/b&gt; Reopen it to change answers.</source>
        <translation>&lt;b&gt;Esta avaliação está concluída.&lt;/b&gt; Reabra-a para alterar as respostas.</translation>
    </message>
    <message>
        <source>Every item is answered: you can mark the assessment as completed.</source>
        <translation>Todos os itens estão respondidos: pode marcar a avaliação como concluída.</translation>
    </message>
    <message>
        <source>Not ready to complete: {reasons}.</source>
        <translation>Ainda não pode ser concluída: {reasons}.</translation>
    </message>
    <message>
        <source>The assessment cannot be completed yet: {reasons}.</source>
        <translation>A avaliação ainda não pode ser concluída: {reasons}.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Still to assess</source>
        <translation>Por avaliar</translation>
    </message>
    <message>
        <source>Not applicable without a justification</source>
        <translation>«Não aplicável» sem justificação</translation>
    </message>
    <message>
        <source>Flagged for review</source>
        <translation>Assinalados para revisão</translation>
    </message>
    <message>
        <source>Carried over from the baseline — not yet reviewed</source>
        <translation>Transportados da avaliação de referência — ainda não revistos</translation>
    </message>
    <message>
        <source>What is still open before the assessment can be completed.</source>
        <translation>O que ainda está em aberto antes de a avaliação poder ser concluída.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nenhum.</translation>
    </message>
</context>
<context>
    <name>SavingText</name>
    <message>
        <source>Notes are limited to {count} characters; the rest was not kept.</source>
        <translation>As notas estão limitadas a {count} carateres; o resto não foi guardado.</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>Send to your coordinator</source>
        <translation>Enviar ao seu coordenador</translation>
    </message>
    <message>
        <source>The file to send</source>
        <translation>O ficheiro a enviar</translation>
    </message>
    <message>
        <source>The file does not hold your last changes: keep them in another file with Save as…, and send that one.</source>
        <translation>O ficheiro não contém as suas últimas alterações: guarde-as noutro ficheiro com Guardar como…, e envie esse.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Abrir &amp;pasta</translation>
    </message>
    <message>
        <source>Show the file in its folder, to attach it</source>
        <translation>Mostrar o ficheiro na sua pasta, para o anexar</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Items left open</source>
        <translation>Itens em aberto</translation>
    </message>
    <message>
        <source>Send this file to your coordinator</source>
        <translation>Envie este ficheiro ao seu coordenador</translation>
    </message>
    <message>
        <source>{answered} of {total} items answered. Your answers are saved in this file as you give them: when you have finished, send it to your coordinator (attached to an e-mail, for example), who imports it into the network&apos;s assessment.</source>
        <translation>{answered} de {total} itens respondidos. As suas respostas são guardadas neste ficheiro à medida que as dá: quando terminar, envie-o ao seu coordenador (anexado a um e-mail, por exemplo), que o importa na avaliação da rede.</translation>
    </message>
    <message>
        <source>Not applicable: say why it does not apply</source>
        <translation>Não aplicável: diga porque não se aplica</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>Left open ({count}): you may leave out items you cannot judge; only the items you answer are counted. Double-click one to answer it.</source>
        <translation>Em aberto ({count}): pode deixar de fora os itens que não consegue avaliar; só contam os itens a que responde. Faça duplo clique num deles para lhe responder.</translation>
    </message>
    <message>
        <source>Every item is answered.</source>
        <translation>Todos os itens têm resposta.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Answer the focused item with that level</source>
        <translation>Responder ao item ativo com esse nível</translation>
    </message>
    <message>
        <source>Mark the focused item not applicable</source>
        <translation>Marcar o item ativo como não aplicável</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>Controlo seguinte / anterior</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Area page</source>
        <translation>Página de área</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
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
        <translation>Rede</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionário</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
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
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Faixa</translation>
    </message>
    <message>
        <source>Demo assessment (illustrative data)</source>
        <translation>Avaliação de demonstração (dados ilustrativos)</translation>
    </message>
</context>
<context>
    <name>TrendSection</name>
    <message>
        <source>{network}: area scores over time</source>
        <translation>{network}: pontuações das áreas ao longo do tempo</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variação</translation>
    </message>
    <message>
        <source>Points from {start} to {end}</source>
        <translation>Pontos de {start} a {end}</translation>
    </message>
    <message numerus="yes">
        <source>Items whose level rose (%n), with the notes of both assessments</source>
        <translation>
            <numerusform>Itens cujo nível subiu (%n), com as notas de ambas as avaliações</numerusform>
            <numerusform>Itens cujo nível subiu (%n), com as notas de ambas as avaliações</numerusform>
        </translation>
    </message>
    <message>
        <source>{network}: items whose level rose</source>
        <translation>{network}: itens cujo nível subiu</translation>
    </message>
    <message numerus="yes">
        <source>Items whose level fell (%n), with the notes of both assessments</source>
        <translation>
            <numerusform>Itens cujo nível desceu (%n), com as notas de ambas as avaliações</numerusform>
            <numerusform>Itens cujo nível desceu (%n), com as notas de ambas as avaliações</numerusform>
        </translation>
    </message>
    <message>
        <source>{network}: items whose level fell</source>
        <translation>{network}: itens cujo nível desceu</translation>
    </message>
    <message>
        <source>Notes {date}</source>
        <translation>Notas {date}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Actions of the earlier plan, and whether they were done</source>
        <translation>Ações do plano anterior e se foram realizadas</translation>
    </message>
    <message>
        <source>The earlier assessment has no action plan.</source>
        <translation>A avaliação anterior não tem plano de ação.</translation>
    </message>
    <message>
        <source>{network}: follow-up of the earlier plan</source>
        <translation>{network}: acompanhamento do plano anterior</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Later plan</source>
        <translation>Plano posterior</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sem texto)</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>não consta</translation>
    </message>
    <message>
        <source>done</source>
        <translation>realizada</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>não realizada</translation>
    </message>
    <message>
        <source>Done: marked done in either plan, or the item&apos;s level rose.</source>
        <translation>Realizada: marcada como «Feito» num dos planos, ou o nível do item subiu.</translation>
    </message>
    <message>
        <source>Not marked done, and the item&apos;s level did not rise.</source>
        <translation>Não marcada como «Feito» e o nível do item não subiu.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sem data</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrade the shared database?</source>
        <translation>Atualizar a base de dados partilhada?</translation>
    </message>
    <message>
        <source>The database {name} is at version {current}; this version of wen-assess needs version {head}.</source>
        <translation>A base de dados {name} está na versão {current}; esta versão do wen-assess precisa da versão {head}.</translation>
    </message>
    <message>
        <source>Other people use it too: after the upgrade, older versions of wen-assess cannot open it. Upgrade it only once everyone has this version.</source>
        <translation>Outras pessoas também a usam: depois da atualização, as versões anteriores do wen-assess deixam de a conseguir abrir. Atualize-a só quando todos tiverem esta versão.</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
</context>
<context>
    <name>UserName</name>
    <message>
        <source>Your name</source>
        <translation>O seu nome</translation>
    </message>
    <message>
        <source>Your name, as it is recorded with each change you make
(others see it in the history, e.g. “changed by A. Mwangi”):</source>
        <translation>O seu nome, tal como fica registado em cada alteração que faz
(os outros veem-no no histórico, p. ex. «alterado por A. Mwangi»):</translation>
    </message>
</context>
<context>
    <name>_EmptyLibrary</name>
    <message>
        <source>No assessments yet</source>
        <translation>Ainda não há avaliações</translation>
    </message>
    <message>
        <source>Start a self-assessment of your network with &lt;b&gt;New&lt;/b&gt;: choose a questionnaire, fill in the network&apos;s profile and go through the areas item by item. Every answer is saved as you give it.&lt;br&gt;&lt;br&gt;Received a &lt;code&gt;.wen.json&lt;/code&gt; file? &lt;b&gt;Import&lt;/b&gt; it, or drop it on this window. To look around first, add the demo assessments of a few example networks (clearly marked as demos; delete them any time).</source>
        <translation>Comece a autoavaliação da sua rede com &lt;b&gt;Nova&lt;/b&gt;: escolha um questionário, preencha o perfil da rede e percorra as áreas item a item. Cada resposta é guardada assim que a dá.&lt;br&gt;&lt;br&gt;Recebeu um ficheiro &lt;code&gt;.wen.json&lt;/code&gt;? &lt;b&gt;Importe&lt;/b&gt;-o ou largue-o nesta janela. Para explorar primeiro, adicione as avaliações de demonstração de algumas redes de exemplo (claramente marcadas como demonstrações; elimine-as quando quiser).</translation>
    </message>
    <message>
        <source>Start a new assessment…</source>
        <translation>Começar uma nova avaliação…</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Importar um ficheiro…</translation>
    </message>
    <message>
        <source>Add demo assessments</source>
        <translation>Adicionar as avaliações de demonstração</translation>
    </message>
    <message>
        <source>Asked by your coordinator to fill in a response form (&lt;code&gt;.response.wen.json&lt;/code&gt;)? Open it here, or drop it on this window.</source>
        <translation>O seu coordenador pediu-lhe para preencher um formulário de resposta (&lt;code&gt;.response.wen.json&lt;/code&gt;)? Abra-o aqui, ou largue-o nesta janela.</translation>
    </message>
    <message>
        <source>Fill in a response form…</source>
        <translation>Preencher um formulário de resposta…</translation>
    </message>
</context>
</TS>

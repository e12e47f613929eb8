package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.pipeline.Annotator;
import org.dyad.pipeline.Paragraphs;

/**
 * Annotates articles with Stanford CoreNLP: tokenize, ssplit, pos, lemma, ner (the 3-class CRF
 * only) and the neural dependency parser, converted to Dyad's own records. The only class that
 * imports CoreNLP.
 *
 * <p>Annotators are chosen for speed: SUTime, the numeric classifiers and the 4- and 7-class CRFs
 * cost about two thirds of CoreNLP's default NER time and Dyad resolves dates itself ({@code
 * coding.DateResolver}); the statistical coreference would cost five times the rest and Dyad
 * resolves the actors it needs itself. Thread-safe: one instance is shared by all worker threads.
 */
public final class CoreNlpAnnotator implements Annotator {
  private final StanfordCoreNLP pipeline;

  public CoreNlpAnnotator() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
    this.pipeline = new StanfordCoreNLP(p, false);
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    Annotation doc = new Annotation(article.text());
    pipeline.annotate(doc);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentences.add(convert(sentences.size(), s));
    }
    return new AnnotatedArticle(article, sentences, Paragraphs.of(article.text()));
  }

  private static Sentence convert(int index, CoreMap s) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      String lemma = l.lemma() == null ? l.originalText() : l.lemma();
      String ner = l.ner() == null ? "O" : l.ner();
      tokens.add(
          new Token(
              i,
              new Span(l.beginPosition(), l.endPosition()),
              l.originalText(),
              lemma.toLowerCase(Locale.ROOT),
              l.tag(),
              ner));
    }
    List<Dependency> deps = new ArrayList<>();
    SemanticGraph g =
        s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (g != null) {
      for (IndexedWord root : g.getRoots()) {
        deps.add(new Dependency(-1, root.index() - 1, "root"));
      }
      for (SemanticGraphEdge e : g.edgeIterable()) {
        deps.add(
            new Dependency(
                e.getGovernor().index() - 1,
                e.getDependent().index() - 1,
                e.getRelation().toString().toLowerCase(Locale.ROOT)));
      }
    }
    Span span =
        tokens.isEmpty()
            ? new Span(0, 0)
            : new Span(tokens.get(0).span().begin(), tokens.get(tokens.size() - 1).span().end());
    List<Dependency> repaired = ParseRepairs.apply(tokens, deps);
    return new Sentence(index, span, ParseRepairs.retag(tokens, deps, repaired), repaired);
  }
}

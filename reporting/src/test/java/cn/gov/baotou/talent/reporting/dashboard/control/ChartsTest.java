package cn.gov.baotou.talent.reporting.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartsTest {

    private static final CompletionChart.Legend LEGEND = new CompletionChart.Legend("时间进度");

    @Test
    void aCompletionChartHasABarPerTargetColouredByItsStatusAndTheTimeLine() throws Exception {
        String svg = CompletionChart.svg(
                "重点产业博士硕士引进行动计划",
                List.of(
                        new CompletionChart.Bar("引进博士研究生", "12 / 30 名", new BigDecimal("40.0"), TargetStatus.LAGGING),
                        new CompletionChart.Bar("引进硕士研究生", "100 / 100 名", new BigDecimal("100.0"), TargetStatus.MET)),
                new BigDecimal("0.5000"),
                LEGEND);
        Document doc = parse(svg);
        List<Element> bars = elements(doc, "rect").stream()
                .filter(r -> r.getAttribute("class").startsWith("bar "))
                .toList();
        assertThat(bars).extracting(r -> r.getAttribute("class")).containsExactly("bar lagging", "bar met");
        // 314 px of plot for 100%: 40% is 125.6 px, 100% the whole
        assertThat(bars).extracting(r -> r.getAttribute("width")).containsExactly("125.6", "314");
        assertThat(svg).contains("时间进度 50%", "class=\"time-line\"", "40%", "100%");
    }

    @Test
    void aTargetBeyondItsPlanWidensTheScaleInStepsOfFifty() throws Exception {
        String svg = CompletionChart.svg(
                "稀土",
                List.of(new CompletionChart.Bar("院校培养", "1200 / 1000 名", new BigDecimal("120.0"), TargetStatus.MET)),
                BigDecimal.ONE,
                LEGEND);
        assertThat(svg).contains(">150%<").doesNotContain(">200%<");
        parse(svg);
    }

    @Test
    void textIsEscapedAndLongLabelsAreClippedWithTheWholeInTheTooltip() throws Exception {
        String svg = CountChart.svg(
                "A <b> & \"c\"", List.of(new CountChart.Bar("包头稀土高新技术产业开发区", BigDecimal.valueOf(7), "名")));
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo("A <b> & \"c\"");
        assertThat(svg).contains("包头稀土高新技…", "包头稀土高新技术产业开发区：7 名");
    }

    @Test
    void aMonthChartDrawsTheRunningTotalAndTheTarget() throws Exception {
        String svg = MonthChart.svg(
                "引进博士研究生 · 分月份",
                List.of(
                        new MonthChart.Month("1月", BigDecimal.valueOf(2)),
                        new MonthChart.Month("2月", BigDecimal.ZERO),
                        new MonthChart.Month("3月", BigDecimal.valueOf(5))),
                BigDecimal.valueOf(30),
                new MonthChart.Legend("当月完成", "累计完成", "年度目标"));
        Document doc = parse(svg);
        assertThat(elements(doc, "circle"))
                .extracting(c -> c.getElementsByTagName("title").item(0).getTextContent())
                .containsExactly("1月 累计完成：2", "2月 累计完成：2", "3月 累计完成：7");
        assertThat(svg).contains("年度目标 30", "class=\"cumulative\"", "class=\"target-line\"");
    }

    @Test
    void axesEndOnRoundNumbers() {
        assertThat(Ticks.niceMax(0)).isEqualTo(5);
        assertThat(Ticks.niceMax(7)).isEqualTo(10);
        assertThat(Ticks.niceMax(23)).isEqualTo(25);
        assertThat(Ticks.niceMax(130)).isEqualTo(200);
        assertThat(Ticks.niceMax(1000)).isEqualTo(1000);
        assertThat(Ticks.step(25)).isEqualTo(5);
        assertThat(Ticks.step(200)).isEqualTo(50);
    }

    static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> elements(Document doc, String tag) {
        NodeList list = doc.getElementsByTagName(tag);
        return IntStream.range(0, list.getLength())
                .mapToObj(i -> (Element) list.item(i))
                .toList();
    }
}

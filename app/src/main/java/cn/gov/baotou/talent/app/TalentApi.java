package cn.gov.baotou.talent.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Every module's REST resources live under /api/v1/...; the server finds them in the module jars. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "包头市人才政策平台 API",
                        version = "1",
                        description = "包府发〔2022〕18号 三项人才政策：政策条款、规则计算、业务办理。错误均以 application/problem+json（RFC 9457）返回。"))
public class TalentApi extends Application {}

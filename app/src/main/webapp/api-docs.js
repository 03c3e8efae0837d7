// The browsable API page reads the server's own OpenAPI document; every asset is served by the platform.
window.ui = SwaggerUIBundle({ url: "openapi", dom_id: "#swagger-ui", deepLinking: true });

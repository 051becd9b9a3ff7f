# syntax=docker/dockerfile:1
# Production image: `next build` (output: 'standalone') behind server/, run as an unprivileged user.
#   docker build --build-arg BUILD_ID=$(git rev-parse HEAD) \
#     --secret id=actions_key,env=NEXT_SERVER_ACTIONS_ENCRYPTION_KEY -t fixthecms .
#   docker run -p 3000:3000 --env-file prod.env fixthecms
# Every instance of a release must run the same image (same BUILD_ID and encryption key): see docs/deploy.md.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
ARG BUILD_ID
ENV BUILD_ID=${BUILD_ID}
# Prerendered pages are rendered now, with these: build with the values the image will run with
# (the server refuses to start a public site whose build saw other ones; docs/deploy.md).
ARG SITE_URL=http://localhost:3000
ARG CONTENT_SOURCE=local
ARG CONTENTFUL_SPACE_ID=
ARG CONTENTFUL_ENVIRONMENT=master
ARG REPRESENTATIVES_SOURCE=sandbox
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# The Server Actions key is read at build time and embedded in the server bundle; pass it as a
# build secret so it stays out of the image history. Without it each build gets its own key. The
# Contentful delivery token is a secret too: only the build's prerendering reads it.
RUN --mount=type=secret,id=actions_key,required=false --mount=type=secret,id=contentful_delivery_token,required=false \
    if [ -f /run/secrets/actions_key ]; then export NEXT_SERVER_ACTIONS_ENCRYPTION_KEY="$(cat /run/secrets/actions_key)"; fi; \
    if [ -f /run/secrets/contentful_delivery_token ]; then export CONTENTFUL_DELIVERY_TOKEN="$(cat /run/secrets/contentful_delivery_token)"; fi; \
    npm run build

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 DATA_DIR=/data
RUN groupadd --system --gid 1001 site && useradd --system --uid 1001 --gid site --no-create-home site \
    && mkdir -p /data && chown site:site /data
# Next's standalone output plus what it serves from disk (static chunks, public files), and the
# server that runs it (server/ and the lib/security modules it reads). scripts/image-layout.mjs reads these
# lines to lay out the same folder for `npm start` and the tests: keep every COPY on one line.
COPY --from=build --chown=site:site /app/.next/standalone ./
COPY --from=build --chown=site:site /app/.next/static ./.next/static
COPY --from=build --chown=site:site /app/public ./public
COPY --from=build --chown=site:site /app/server ./server
COPY --from=build --chown=site:site /app/lib/security ./lib/security
USER site
EXPOSE 3000
# /data holds the embedded database and mail outbox when DATABASE_URL/SMTP_URL are unset.
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "server/index.mjs"]
